// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTreeModel.h"

#include "StatusIcons.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace bd::app {

namespace {

constexpr int kPendingStatus = -1;

// Checks that a report names but the registry does not know (an older or newer report file) go here.
const char *const kOtherGroup = QT_TRANSLATE_NOOP("bd::Checks", "Other");

} // namespace

struct CheckTreeModel::Node
{
    Kind kind = Kind::Group;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    QByteArray groupKey; // groups: untranslated key from the registry
    QString id;          // checks
    QString englishName; // checks
    bool pending = true; // checks
    std::optional<CheckResult> result;
    QString text;        // detail rows
    bool isHint = false; // detail rows

    int row() const
    {
        const auto &siblings = parent->children;
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }

    const Node *check() const { return kind == Kind::Detail ? parent : this; }
};

CheckTreeModel::CheckTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

CheckTreeModel::~CheckTreeModel() = default;

// ---- the stream -------------------------------------------------------------------------------

void CheckTreeModel::expectRun(quint64 runId, const QStringList &onlyIds)
{
    m_runId = runId;
    m_running = true;
    m_partial = !onlyIds.isEmpty();

    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (!m_partial || onlyIds.contains(check->id))
                markPending(check.get());
        }
    }
    Q_EMIT progressChanged();
}

void CheckTreeModel::onRunStarted(quint64 runId, const QList<PlannedCheck> &plan)
{
    if (runId < m_runId)
        return;
    if (runId > m_runId) {
        m_runId = runId;
        m_partial = false;
    }
    m_running = true;

    if (m_partial) {
        for (const PlannedCheck &planned : plan)
            markPending(ensureCheck(planned));
    } else if (samePlan(plan)) {
        for (const PlannedCheck &planned : plan)
            markPending(findCheck(planned.id));
    } else {
        rebuild(plan);
    }
    Q_EMIT progressChanged();
}

void CheckTreeModel::onCheckFinished(quint64 runId, const CheckResult &result)
{
    if (runId != m_runId)
        return;
    Node *check = findCheck(result.id);
    if (!check)
        return;

    applyResult(check, result);
    Q_EMIT progressChanged();
}

void CheckTreeModel::onRunFinished(quint64 runId, const Report &report)
{
    if (runId != m_runId)
        return;

    for (const CheckResult &result : report.checks) {
        Node *check = findCheck(result.id);
        if (check && check->pending)
            applyResult(check, result);
    }
    removeStillPending();
    m_running = false;
    Q_EMIT progressChanged();
}

void CheckTreeModel::showReport(const Report &report)
{
    QList<PlannedCheck> plan;
    for (const CheckResult &result : report.checks) {
        const CheckDefinition *def = bd::findCheck(result.id);
        plan << PlannedCheck{result.id, result.name, def ? def->group : kOtherGroup};
    }
    rebuild(plan);

    for (const CheckResult &result : report.checks)
        applyResult(findCheck(result.id), result);
    m_running = false;
    Q_EMIT progressChanged();
}

// ---- tree edits -------------------------------------------------------------------------------

void CheckTreeModel::rebuild(const QList<PlannedCheck> &plan)
{
    beginResetModel();
    m_root->children.clear();
    for (const PlannedCheck &planned : plan) {
        Node *group = findGroup(QByteArray(planned.group));
        if (!group) {
            auto node = std::make_unique<Node>();
            node->groupKey = QByteArray(planned.group);
            node->parent = m_root.get();
            group = node.get();
            m_root->children.push_back(std::move(node));
        }
        auto check = std::make_unique<Node>();
        check->kind = Kind::Check;
        check->id = planned.id;
        check->englishName = planned.name;
        check->parent = group;
        group->children.push_back(std::move(check));
    }
    endResetModel();
}

bool CheckTreeModel::samePlan(const QList<PlannedCheck> &plan) const
{
    const QStringList current = checkIds();
    if (current.size() != plan.size())
        return false;
    for (int i = 0; i < plan.size(); ++i) {
        if (current.at(i) != plan.at(i).id)
            return false;
    }
    return true;
}

CheckTreeModel::Node *CheckTreeModel::ensureGroup(const QByteArray &key)
{
    if (Node *group = findGroup(key))
        return group;

    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->groupKey = key;
    node->parent = m_root.get();
    Node *group = node.get();
    m_root->children.push_back(std::move(node));
    endInsertRows();
    return group;
}

CheckTreeModel::Node *CheckTreeModel::ensureCheck(const PlannedCheck &planned)
{
    if (Node *check = findCheck(planned.id))
        return check;

    Node *group = ensureGroup(QByteArray(planned.group));
    const int row = int(group->children.size());
    beginInsertRows(indexOf(group), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Check;
    node->id = planned.id;
    node->englishName = planned.name;
    node->parent = group;
    Node *check = node.get();
    group->children.push_back(std::move(node));
    endInsertRows();
    return check;
}

void CheckTreeModel::markPending(Node *check)
{
    if (!check->children.empty()) {
        beginRemoveRows(indexOf(check), 0, int(check->children.size()) - 1);
        check->children.clear();
        endRemoveRows();
    }
    check->pending = true;
    check->result.reset();
    emitRowChanged(check);
    emitRowChanged(check->parent);
}

void CheckTreeModel::applyResult(Node *check, const CheckResult &result)
{
    markPending(check);
    check->pending = false;
    check->result = result;

    if (!result.details.isEmpty()) {
        const int last = int(result.details.size()) - 1;
        beginInsertRows(indexOf(check), 0, last);
        for (int i = 0; i <= last; ++i) {
            auto detail = std::make_unique<Node>();
            detail->kind = Kind::Detail;
            detail->text = result.details.at(i);
            detail->isHint = result.isProblem() && i == last;
            detail->parent = check;
            check->children.push_back(std::move(detail));
        }
        endInsertRows();
    }
    emitRowChanged(check);
    emitRowChanged(check->parent);
}

void CheckTreeModel::removeCheck(Node *check)
{
    Node *group = check->parent;
    if (group->children.size() == 1) {
        const int row = group->row();
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        endRemoveRows();
        return;
    }

    const int row = check->row();
    beginRemoveRows(indexOf(group), row, row);
    group->children.erase(group->children.begin() + row);
    endRemoveRows();
    emitRowChanged(group);
}

void CheckTreeModel::removeStillPending()
{
    QList<Node *> stale;
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (check->pending)
                stale << check.get();
        }
    }
    for (Node *check : std::as_const(stale))
        removeCheck(check);
}

void CheckTreeModel::emitRowChanged(Node *node)
{
    if (node == m_root.get())
        return;
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

// ---- look-ups ---------------------------------------------------------------------------------

CheckTreeModel::Node *CheckTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CheckTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

CheckTreeModel::Node *CheckTreeModel::findGroup(const QByteArray &key) const
{
    for (const auto &group : m_root->children) {
        if (group->groupKey == key)
            return group.get();
    }
    return nullptr;
}

CheckTreeModel::Node *CheckTreeModel::findCheck(const QString &id) const
{
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (check->id == id)
                return check.get();
        }
    }
    return nullptr;
}

CheckTreeModel::Counts CheckTreeModel::counts() const
{
    Counts counts;
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (check->pending)
                ++counts.pending;
            else if (check->result->status == Status::Pass)
                ++counts.pass;
            else if (check->result->status == Status::Warn)
                ++counts.warn;
            else
                ++counts.fail;
        }
    }
    return counts;
}

QStringList CheckTreeModel::checkIds() const
{
    QStringList ids;
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children)
            ids << check->id;
    }
    return ids;
}

QStringList CheckTreeModel::pendingIds() const
{
    QStringList ids;
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (check->pending)
                ids << check->id;
        }
    }
    return ids;
}

QList<CheckResult> CheckTreeModel::results() const
{
    QList<CheckResult> results;
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            if (check->result)
                results << *check->result;
        }
    }
    return results;
}

QModelIndex CheckTreeModel::indexForCheck(const QString &id, int column) const
{
    return indexOf(findCheck(id), column);
}

const CheckResult *CheckTreeModel::resultAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (node->kind == Kind::Group || !node->check()->result)
        return nullptr;
    return &*node->check()->result;
}

CheckTreeModel::Kind CheckTreeModel::kindAt(const QModelIndex &index) const
{
    return nodeAt(index)->kind;
}

// ---- QAbstractItemModel -----------------------------------------------------------------------

QModelIndex CheckTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeAt(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex CheckTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int CheckTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int CheckTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags CheckTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeAt(index)->kind == Kind::Detail)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant CheckTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time", "how long the check took");
    }
    return {};
}

QVariant CheckTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::DecorationRole:
        return decorationData(node, index.column());
    case Qt::ToolTipRole:
        return toolTipData(node);
    case Qt::AccessibleTextRole:
        return accessibleData(node);
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return customData(node, role);
    }
}

// ---- data() by role ---------------------------------------------------------------------------

QString CheckTreeModel::formatElapsed(double ms)
{
    if (ms < 1.0)
        return tr("< 1 ms");
    if (ms < 1000.0)
        return tr("%1 ms").arg(qRound(ms));
    return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QVariant CheckTreeModel::displayData(const Node &node, int column) const
{
    if (column == StatusColumn)
        return statusText(node);
    if (column == TimeColumn) {
        if (node.kind != Kind::Check || !node.result)
            return {};
        return formatElapsed(node.result->elapsedMs);
    }

    switch (node.kind) {
    case Kind::Group:
        return translatedGroupName(node.groupKey.constData());
    case Kind::Check:
        return translatedCheckName(node.id, node.englishName);
    case Kind::Detail:
        return node.text;
    }
    return {};
}

QVariant CheckTreeModel::decorationData(const Node &node, int column) const
{
    if (column != NameColumn)
        return {};

    switch (node.kind) {
    case Kind::Group: {
        const int status = groupStatus(node);
        return status == kPendingStatus ? icons::pending() : icons::status(Status(status));
    }
    case Kind::Check:
        return node.pending ? icons::pending() : icons::status(node.result->status);
    case Kind::Detail:
        return node.isHint ? icons::hint() : icons::detail();
    }
    return {};
}

QVariant CheckTreeModel::toolTipData(const Node &node) const
{
    if (node.kind == Kind::Detail)
        return node.text;
    if (node.kind == Kind::Group || node.pending || !node.result->isProblem())
        return accessibleData(node);
    return tr("%1: %2\nHint: %3").arg(displayData(node, NameColumn).toString(), statusText(node), node.result->hint());
}

QVariant CheckTreeModel::accessibleData(const Node &node) const
{
    return tr("%1, %2", "accessible row text: name, status word")
        .arg(displayData(node, NameColumn).toString(), statusText(node));
}

QVariant CheckTreeModel::customData(const Node &node, int role) const
{
    const Node *check = node.check();
    switch (role) {
    case KindRole:
        return int(node.kind);
    case CheckIdRole:
        return node.kind == Kind::Group ? QVariant() : QVariant(check->id);
    case StatusRole:
        if (node.kind == Kind::Group)
            return groupStatus(node);
        return check->pending ? kPendingStatus : int(check->result->status);
    case PendingRole:
        return node.kind == Kind::Group ? groupStatus(node) == kPendingStatus : check->pending;
    case ProblemRole:
        if (node.kind == Kind::Group)
            return groupHasProblem(node);
        return !check->pending && check->result->isProblem();
    case SearchTextRole:
        return searchText(node);
    case HintRole:
        return node.isHint;
    }
    return {};
}

QString CheckTreeModel::statusText(const Node &node) const
{
    if (node.kind == Kind::Detail)
        return detailWord(node.isHint);

    const int status = node.kind == Kind::Group ? groupStatus(node)
                       : node.pending           ? kPendingStatus
                                                : int(node.result->status);
    return status == kPendingStatus ? pendingWord() : statusWord(Status(status));
}

QString CheckTreeModel::pendingWord()
{
    return tr("running", "status of a check not finished yet");
}

QString CheckTreeModel::detailWord(bool hint)
{
    return hint ? tr("hint", "status column of a hint line") : tr("detail", "status column of a detail line");
}

QStringList CheckTreeModel::statusWords()
{
    return {statusWord(Status::Pass), statusWord(Status::Warn), statusWord(Status::Fail), pendingWord(),
            detailWord(false),        detailWord(true)};
}

QString CheckTreeModel::searchText(const Node &node) const
{
    if (node.kind == Kind::Detail)
        return node.text;
    const QString group =
        translatedGroupName((node.kind == Kind::Group ? node.groupKey : node.parent->groupKey).constData());
    if (node.kind == Kind::Group)
        return group;

    QStringList parts{group, translatedCheckName(node.id, node.englishName), node.englishName, node.id};
    if (node.result)
        parts << node.result->details << node.result->sources;
    return parts.join(QLatin1Char('\n'));
}

int CheckTreeModel::groupStatus(const Node &group) const
{
    Status worst = Status::Pass;
    for (const auto &check : group.children) {
        if (check->pending)
            return kPendingStatus;
        worst = worse(worst, check->result->status);
    }
    return int(worst);
}

bool CheckTreeModel::groupHasProblem(const Node &group) const
{
    return std::any_of(group.children.begin(), group.children.end(),
                       [](const auto &check) { return !check->pending && check->result->isProblem(); });
}

} // namespace bd::app
