// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DetailPane;
}

namespace bd::app {

// The right-hand pane: everything about the selected row. For a check that is every detail line, the
// hint, where the finding came from (file and line, D-Bus property, stat result) and, when the hint
// names a command, that command with a button that copies it. The command is never run.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void showNothing();
    void showPending(const QString &name);
    void showResult(const QString &name, const CheckResult &result);
    // A group row: its name, its worst status (-1 while running) and one line per check.
    void showGroup(const QString &name, int status, const QStringList &checkLines);

    QString command() const { return m_command; }
    // The last widget of the pane in the tab chain (the pane's focus proxy is the first).
    QWidget *lastInTabOrder() const;

public Q_SLOTS:
    void copyCommand();

Q_SIGNALS:
    void commandCopied(const QString &command);

private:
    // True when the pane already shows exactly this; keeps its scroll position while other rows stream in.
    bool alreadyShowing(const QStringList &content);
    void setHeader(const QIcon &icon, const QString &title, const QString &word);
    void setCommand(const QString &command);
    static QString resultHtml(const CheckResult &result);

    std::unique_ptr<Ui::DetailPane> m_ui;
    QString m_command;
    QStringList m_shown;
};

} // namespace bd::app
