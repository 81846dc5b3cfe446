// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckScheduler.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace bd::app {

// The doctor as a tree: check group → check → detail lines, built from the scheduler's stream.
// Planned checks show as pending until their result arrives; anything carrying the id of an older run
// than the one expected is ignored, so a superseded run never leaves a row in the current tree.
class CheckTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TimeColumn,
        ColumnCount
    };

    enum class Kind
    {
        Group,
        Check,
        Detail
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // Kind as int
        CheckIdRole,                 // the check's id, also on its detail rows
        StatusRole,                  // bd::Status as int, or -1 while pending
        PendingRole,
        ProblemRole,    // a warn or fail check (or a group or detail row of one)
        SearchTextRole, // everything a search may match: group, name, id, details
        HintRole        // on detail rows: true for the hint line
    };

    struct Counts
    {
        int pass = 0;
        int warn = 0;
        int fail = 0;
        int pending = 0;

        int finished() const { return pass + warn + fail; }
        int problems() const { return warn + fail; }
    };

    explicit CheckTreeModel(QObject *parent = nullptr);
    ~CheckTreeModel() override;

    // Announces a run the window just started (onlyIds empty: every check). From now on results of
    // older runs are ignored, and the rows it will re-run show as pending at once.
    void expectRun(quint64 runId, const QStringList &onlyIds = {});
    // The scheduler's stream. A run id newer than the expected one is a run someone else started on
    // the same scheduler; it is treated as a full run.
    void onRunStarted(quint64 runId, const QList<bd::PlannedCheck> &plan);
    void onCheckFinished(quint64 runId, const bd::CheckResult &result);
    void onRunFinished(quint64 runId, const bd::Report &report);
    // Shows a finished report without running anything (an opened report file, say).
    void showReport(const bd::Report &report);

    // "< 1 ms", "12 ms", "3.1 s": how long a check took, as the tree and the detail pane show it.
    static QString formatElapsed(double ms);
    // Every word the status column can show, for sizing it.
    static QStringList statusWords();

    quint64 runId() const { return m_runId; }
    bool isRunning() const { return m_running; }
    Counts counts() const;
    QStringList checkIds() const;
    QStringList pendingIds() const;
    // Every finished check in tree order: the tree as a report would list it.
    QList<CheckResult> results() const;
    QModelIndex indexForCheck(const QString &id, int column = NameColumn) const;
    // The result behind a check row or one of its detail rows; nullptr for groups and pending rows.
    const CheckResult *resultAt(const QModelIndex &index) const;
    Kind kindAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Counts, pending rows or the running state changed.
    void progressChanged();

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    Node *findCheck(const QString &id) const;
    Node *findGroup(const QByteArray &key) const;
    Node *ensureGroup(const QByteArray &key);
    Node *ensureCheck(const PlannedCheck &planned);

    void rebuild(const QList<PlannedCheck> &plan);
    bool samePlan(const QList<PlannedCheck> &plan) const;
    void markPending(Node *check);
    void applyResult(Node *check, const CheckResult &result);
    void removeCheck(Node *check);
    void removeStillPending();
    void emitRowChanged(Node *node);

    QVariant displayData(const Node &node, int column) const;
    QVariant decorationData(const Node &node, int column) const;
    QVariant toolTipData(const Node &node) const;
    QVariant accessibleData(const Node &node) const;
    QVariant customData(const Node &node, int role) const;
    QString statusText(const Node &node) const;
    static QString pendingWord();
    static QString detailWord(bool hint);
    QString searchText(const Node &node) const;
    int groupStatus(const Node &group) const;
    bool groupHasProblem(const Node &group) const;

    std::unique_ptr<Node> m_root;
    quint64 m_runId = 0;
    bool m_running = false;
    bool m_partial = false; // the current run re-runs some rows and keeps the others
};

} // namespace bd::app
