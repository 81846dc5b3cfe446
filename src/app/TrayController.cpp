// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayController.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace bd::app {

namespace {

QPainterPath shapeFor(Status status, const QRectF &box)
{
    QPainterPath path;
    switch (status) {
    case Status::Pass: // a disc
        path.addEllipse(box);
        break;
    case Status::Warn: // a triangle standing on its base
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.right(), box.bottom());
        path.lineTo(box.left(), box.bottom());
        path.closeSubpath();
        break;
    case Status::Fail: { // an octagon, like a stop sign
        const qreal cut = box.width() * 0.29;
        path.moveTo(box.left() + cut, box.top());
        path.lineTo(box.right() - cut, box.top());
        path.lineTo(box.right(), box.top() + cut);
        path.lineTo(box.right(), box.bottom() - cut);
        path.lineTo(box.right() - cut, box.bottom());
        path.lineTo(box.left() + cut, box.bottom());
        path.lineTo(box.left(), box.bottom() - cut);
        path.lineTo(box.left(), box.top() + cut);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

QColor colourFor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x9e, 0x44);
    case Status::Warn:
        return QColor(0xe0, 0x9b, 0x12);
    case Status::Fail:
        return QColor(0xd0, 0x2f, 0x2f);
    }
    return Qt::gray;
}

void drawMark(QPainter &painter, Status status, const QRectF &box)
{
    painter.setPen(QPen(Qt::white, box.width() * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF c = box.center();
    const qreal u = box.width() / 10;
    switch (status) {
    case Status::Pass:
        painter.drawPolyline(
            QPolygonF{{c.x() - 2.5 * u, c.y()}, {c.x() - 0.5 * u, c.y() + 2 * u}, {c.x() + 2.8 * u, c.y() - 2 * u}});
        break;
    case Status::Warn:
        painter.drawLine(QPointF(c.x(), c.y() - 1 * u), QPointF(c.x(), c.y() + 1.8 * u));
        painter.drawPoint(QPointF(c.x(), c.y() + 3.4 * u));
        break;
    case Status::Fail:
        painter.drawLine(QPointF(c.x() - 2 * u, c.y() - 2 * u), QPointF(c.x() + 2 * u, c.y() + 2 * u));
        painter.drawLine(QPointF(c.x() + 2 * u, c.y() - 2 * u), QPointF(c.x() - 2 * u, c.y() + 2 * u));
        break;
    }
}

QPixmap paint(Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF box(size * 0.06, size * 0.06, size * 0.88, size * 0.88);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourFor(status));
    painter.drawPath(shapeFor(status, box));
    drawMark(painter, status, box);
    return pixmap;
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(iconFor(Status::Pass), this))
{
    buildMenu();
    m_tray->setToolTip(tr("Banger Doctor: checking…"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
    connect(m_menu->addAction(tr("&Open Banger Doctor")), &QAction::triggered, this, &TrayController::openRequested);
    connect(m_menu->addAction(tr("&Re-check now")), &QAction::triggered, this, &TrayController::recheckRequested);
    connect(m_menu->addAction(tr("&Export report…")), &QAction::triggered, this, &TrayController::exportRequested);
    m_pause = m_menu->addAction(tr("&Pause notifications for an hour"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayController::pauseRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Drift &history…")), &QAction::triggered, this, &TrayController::historyRequested);
    connect(m_menu->addAction(tr("&Settings…")), &QAction::triggered, this, &TrayController::settingsRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayController::quitRequested);
    m_tray->setContextMenu(m_menu);
}

void TrayController::show()
{
    m_tray->show();
}

void TrayController::setPaused(bool paused)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
}

QIcon TrayController::iconFor(Status status)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(paint(status, size));
    return icon;
}

QString TrayController::tooltipFor(const QList<CheckResult> &results)
{
    int passed = 0;
    int warnings = 0;
    int failed = 0;
    for (const CheckResult &result : results) {
        passed += result.status == Status::Pass;
        warnings += result.status == Status::Warn;
        failed += result.status == Status::Fail;
    }
    //: Tray tooltip; the three counts follow, e.g. "Banger Doctor: 14 passed, 2 warnings, 1 failed"
    return tr("Banger Doctor: %1, %2, %3")
        .arg(tr("%n passed", nullptr, passed),
             warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings),
             tr("%n failed", nullptr, failed));
}

void TrayController::showResults(const QList<CheckResult> &results)
{
    Status worst = Status::Pass;
    for (const CheckResult &result : results)
        worst = worse(worst, result.status);
    m_tray->setIcon(iconFor(worst));
    m_tray->setToolTip(tooltipFor(results));
}

} // namespace bd::app
