#include "sync/sync_problems_model.h"

#include "models/qt_dates.h"
#include "store/sync_ledger.h"
#include "sync/sync_problem_reads.h"

#include <QLoggingCategory>
#include <algorithm>
#include <exception>

Q_DECLARE_LOGGING_CATEGORY(lcModels)

using fv::app::SyncProblemRow;

SyncProblemsModel::SyncProblemsModel(QObject* parent) : StoreListModel(parent)
{
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &SyncProblemsModel::refresh);
}

int SyncProblemsModel::refusalCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const SyncProblemRow& row) { return row.kind == SyncProblemRow::Kind::Refusal; }));
}

int SyncProblemsModel::conflictCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const SyncProblemRow& row) {
        return row.kind == SyncProblemRow::Kind::Conflict && !row.settled;
    }));
}

bool SyncProblemsModel::dismiss(int row)
{
    if (row < 0 || row >= rowCount() || !store() || !store()->isOpen()) return false;
    const SyncProblemRow& problem = m_rows[std::size_t(row)];
    try {
        fv::SyncLedger ledger(*store()->local());
        if (problem.kind == SyncProblemRow::Kind::Refusal)
            ledger.dismissRefusal(problem.key);
        else
            ledger.dismissConflict(problem.key);
    } catch (const std::exception& e) {
        setActionError(tr("This could not be dismissed: %1").arg(QString::fromUtf8(e.what())));
        qCWarning(lcModels) << "dismissing a sync problem:" << e.what();
        return false;
    }
    setActionError({});
    store()->events()->notifyReviewed(); // this list and the status bar's counts re-read
    return true;
}

int SyncProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SyncProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case KindRole:
        return row.kind == SyncProblemRow::Kind::Refusal ? QStringLiteral("refusal") : QStringLiteral("conflict");
    case RecordIdRole:
        return row.recordId;
    case RecordTypeLabelRole:
        return row.recordTypeLabel;
    case RecordTitleRole:
        return row.recordTitle;
    case HeadlineRole:
        return row.headline;
    case ReasonRole:
        return row.reason;
    case ServerValueRole:
        return row.serverValue;
    case DeviceValueRole:
        return row.deviceValue;
    case WhenTextRole:
        return fv::app::momentText(row.at);
    case OpenTargetRole:
        return row.openTarget;
    case TargetIdRole:
        return row.targetId;
    case SettledRole:
        return row.settled;
    case SettlementRole:
        return row.settlement;
    }
    return {};
}

QHash<int, QByteArray> SyncProblemsModel::roleNames() const
{
    return {{KindRole, "kind"},
            {RecordIdRole, "recordId"},
            {RecordTypeLabelRole, "recordTypeLabel"},
            {RecordTitleRole, "recordTitle"},
            {HeadlineRole, "headline"},
            {ReasonRole, "reason"},
            {ServerValueRole, "serverValue"},
            {DeviceValueRole, "deviceValue"},
            {WhenTextRole, "whenText"},
            {OpenTargetRole, "openTarget"},
            {TargetIdRole, "targetId"},
            {SettledRole, "settled"},
            {SettlementRole, "settlement"}};
}

void SyncProblemsModel::load(UserStore& store) { m_rows = fv::app::readSyncProblems(*store.local()); }

void SyncProblemsModel::setActionError(const QString& text)
{
    if (m_actionError == text) return;
    m_actionError = text;
    emit actionErrorChanged();
}
