// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Export.h"
#include "Report.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace bd::app {

// File → Export…: pick a format, choose redaction, read a live preview of exactly the bytes that will
// be written (and the list of what was redacted), then save atomically or copy to the clipboard. The
// format and the redaction choice of the last save or copy are offered again.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // identity is what redaction looks for; the default is this user, host and install.
    ExportDialog(const Report &report, const DriftHistory &history, QWidget *parent = nullptr);
    ExportDialog(const Report &report, const DriftHistory &history, const report::RedactionIdentity &identity,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    report::Format format() const;
    void setFormat(report::Format format);
    bool redact() const;
    void setRedact(bool redact);

    // The bytes the preview shows and Save or Copy writes.
    QByteArray exportBytes() const { return m_rendered.bytes; }
    QList<report::Redaction> redactions() const { return m_rendered.redactions; }
    // A file name for the save dialog: banger-doctor-<host>-<time>.<suffix> (host left out when redacted).
    QString suggestedFileName() const;

public Q_SLOTS:
    // Writes atomically (QSaveFile); on failure returns false and tells why in *error.
    bool saveTo(const QString &path, QString *error = nullptr);
    void copyToClipboard();

Q_SIGNALS:
    void saved(const QString &path);

private:
    void setUpFormats();
    void setUpButtons();
    void restoreChoices();
    void rememberChoices() const;
    void updatePreview();
    void showRedactions();
    void chooseFileAndSave();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPushButton *m_copyButton = nullptr;
    Report m_report;
    DriftHistory m_history;
    report::RedactionIdentity m_identity;
    report::RenderedExport m_rendered;
};

} // namespace bd::app
