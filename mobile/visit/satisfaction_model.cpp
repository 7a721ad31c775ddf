#include "visit/satisfaction_model.h"

#include "domain/satisfaction.h"
#include "models/domain_labels.h"

using fv::SatisfactionScore;

int SatisfactionModel::minScore() { return SatisfactionScore::kMinScore; }
int SatisfactionModel::maxScore() { return SatisfactionScore::kMaxScore; }

int SatisfactionModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant SatisfactionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const SatisfactionRow& row = m_rows.at(index.row());
    switch (role) {
    case DimensionRole:
        return row.dimension;
    case LabelRole:
        return fv::app::labels::satisfactionDimension(row.dimension);
    case ScoreRole:
        return row.score;
    case ReasonRole:
        return row.reason;
    case RequiredRole:
        return row.required;
    case DissatisfiedRole:
        return row.score > 0 && row.score <= SatisfactionScore::kDissatisfiedAtOrBelow;
    case NeedsReasonRole:
        return isWaiting(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> SatisfactionModel::roleNames() const
{
    return {{DimensionRole, "dimension"},    {LabelRole, "label"},       {ScoreRole, "score"},
            {ReasonRole, "reason"},          {RequiredRole, "required"}, {DissatisfiedRole, "dissatisfied"},
            {NeedsReasonRole, "needsReason"}};
}

void SatisfactionModel::setRows(const QList<SatisfactionRow>& rows)
{
    m_saved = rows;
    for (const auto& row : rows)
        if (m_waiting.value(row.dimension) == row.score) m_waiting.remove(row.dimension); // saved meanwhile
    show();
}

void SatisfactionModel::clearWaiting()
{
    m_waiting.clear();
    show();
}

void SatisfactionModel::show()
{
    QList<SatisfactionRow> rows = m_saved;
    for (auto& row : rows) row.score = m_waiting.value(row.dimension, row.score);
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        m_shownWaiting = m_waiting;
        endResetModel();
        return;
    }
    // Same dimensions: change rows in place, so the reason a user is typing in another row stays put.
    for (int i = 0; i < rows.size(); ++i) {
        const QString& dimension = rows[i].dimension;
        const bool waitingChanged = m_waiting.contains(dimension) != m_shownWaiting.contains(dimension);
        if (rows[i] == m_rows[i] && !waitingChanged) continue;
        m_rows[i] = rows[i];
        emit dataChanged(index(i), index(i));
    }
    m_shownWaiting = m_waiting;
}

void SatisfactionModel::retranslate()
{
    if (!m_rows.isEmpty()) emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LabelRole});
}

void SatisfactionModel::setScore(int row, int score)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].score == score) return;
    if (score != 0 && (score < minScore() || score > maxScore())) return;
    const QString dimension = m_saved[row].dimension;
    const bool low = score > 0 && score <= SatisfactionScore::kDissatisfiedAtOrBelow;
    if (low && m_saved[row].reason.isEmpty()) {
        m_waiting.insert(dimension, score);
        show();
        return;
    }
    m_waiting.remove(dimension);
    QList<SatisfactionRow> rows = m_saved;
    rows[row].score = score;
    emit edited(rows);
    show(); // a refused save leaves the saved score showing
}

void SatisfactionModel::setReason(int row, const QString& reason)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].reason == reason.trimmed()) return;
    QList<SatisfactionRow> rows = m_saved;
    rows[row].reason = reason.trimmed();
    if (isWaiting(row)) rows[row].score = m_waiting.take(rows[row].dimension);
    if (rows[row].score == 0) return; // a reason belongs to a score
    emit edited(rows);
    show();
}
