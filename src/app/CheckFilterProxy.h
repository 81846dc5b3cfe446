// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace bd::app {

// "Problems only" and the search box over a CheckTreeModel. A check is shown when it passes both
// filters, with all of its detail lines; a group is shown while any of its checks is. The search
// matches group, name, id, details and sources, case-insensitively.
class CheckFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CheckFilterProxy(QObject *parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isFiltering() const { return m_problemsOnly || !m_search.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsCheck(const QModelIndex &check) const;

    bool m_problemsOnly = false;
    QString m_search;
};

} // namespace bd::app
