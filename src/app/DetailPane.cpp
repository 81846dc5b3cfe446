// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPane.h"

#include "CheckTreeModel.h"
#include "HintCommand.h"
#include "StatusIcons.h"
#include "ui_DetailPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStyle>

namespace bd::app {

namespace {

QString htmlList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text.toHtmlEscaped() + QStringLiteral("</h4>");
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailPane>())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);

    setFocusProxy(m_ui->detailsView);
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this, &DetailPane::copyCommand);
    showNothing();
}

DetailPane::~DetailPane() = default;

void DetailPane::showNothing()
{
    if (alreadyShowing({}))
        return;
    setHeader({}, tr("No check selected"), {});
    m_ui->detailsView->clear();
    setCommand({});
}

void DetailPane::showPending(const QString &name)
{
    if (alreadyShowing({QStringLiteral("pending"), name}))
        return;
    setHeader(icons::pending(), name, tr("running"));
    m_ui->detailsView->setHtml(tr("<p>This check is still running. Its details appear here when it finishes.</p>"));
    setCommand({});
}

void DetailPane::showResult(const QString &name, const CheckResult &result)
{
    if (alreadyShowing(
            QStringList{QStringLiteral("result"), name, statusKey(result.status), QString::number(result.elapsedMs)} +
            result.details + result.sources))
        return;
    setHeader(icons::status(result.status), name, statusWord(result.status));
    m_ui->detailsView->setHtml(resultHtml(result));
    setCommand(commandFromHint(result.hint()));
}

void DetailPane::showGroup(const QString &name, int status, const QStringList &checkLines)
{
    if (alreadyShowing(QStringList{QStringLiteral("group"), name, QString::number(status)} + checkLines))
        return;
    if (status < 0)
        setHeader(icons::pending(), name, tr("running"));
    else
        setHeader(icons::status(Status(status)), name, statusWord(Status(status)));
    m_ui->detailsView->setHtml(heading(tr("Checks in this group")) + htmlList(checkLines));
    setCommand({});
}

QWidget *DetailPane::lastInTabOrder() const
{
    return m_ui->copyCommandButton;
}

void DetailPane::copyCommand()
{
    if (m_command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_command);
    Q_EMIT commandCopied(m_command);
}

bool DetailPane::alreadyShowing(const QStringList &content)
{
    if (content == m_shown && !m_shown.isEmpty())
        return true;
    m_shown = content;
    return false;
}

void DetailPane::setHeader(const QIcon &icon, const QString &title, const QString &word)
{
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_ui->statusIconLabel->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_ui->statusIconLabel->setAccessibleName(word);
    m_ui->titleLabel->setText(title);
    m_ui->statusWordLabel->setText(word);
}

void DetailPane::setCommand(const QString &command)
{
    m_command = command;
    m_ui->commandEdit->setText(command);
    m_ui->commandEdit->setCursorPosition(0);
    m_ui->commandRow->setVisible(!command.isEmpty());
}

QString DetailPane::resultHtml(const CheckResult &result)
{
    QStringList findings = result.details;
    const QString hint = result.hint();
    if (!hint.isEmpty())
        findings.removeLast();

    QString html;
    if (!findings.isEmpty())
        html += heading(tr("Details")) + htmlList(findings);
    if (!hint.isEmpty())
        html += heading(tr("Hint")) + QStringLiteral("<p>") + hint.toHtmlEscaped() + QStringLiteral("</p>");
    if (!result.sources.isEmpty())
        html += heading(tr("Where this comes from")) + htmlList(result.sources);
    html +=
        QStringLiteral("<p><small>") +
        tr("Took %1", "how long the check took").arg(CheckTreeModel::formatElapsed(result.elapsedMs)).toHtmlEscaped() +
        QStringLiteral("</small></p>");
    return html;
}

} // namespace bd::app
