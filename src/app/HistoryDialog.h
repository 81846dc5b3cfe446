// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace bd::app {

// The drift history as a timeline, newest first; activating an entry opens the window at its row.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const DriftHistory &history, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    int entryCount() const;

Q_SIGNALS:
    void openRequested(const QString &checkId);

private:
    void fill(const DriftHistory &history);

    std::unique_ptr<Ui::HistoryDialog> m_ui;
};

} // namespace bd::app
