// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckFilterProxy.h"

#include "CheckTreeModel.h"

namespace bd::app {

CheckFilterProxy::CheckFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Groups never match on their own: they are shown through their checks.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void CheckFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

void CheckFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool CheckFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (CheckTreeModel::Kind(index.data(CheckTreeModel::KindRole).toInt())) {
    case CheckTreeModel::Kind::Group:
        return false;
    case CheckTreeModel::Kind::Check:
        return acceptsCheck(index);
    case CheckTreeModel::Kind::Detail:
        return acceptsCheck(sourceParent);
    }
    return false;
}

bool CheckFilterProxy::acceptsCheck(const QModelIndex &check) const
{
    if (m_problemsOnly && !check.data(CheckTreeModel::ProblemRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    return check.data(CheckTreeModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace bd::app
