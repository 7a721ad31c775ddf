#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

// One dimension of the satisfaction survey on the visit form.
struct SatisfactionRow {
    QString dimension; // wire name, "project_quality"
    int score = 0;     // 1..5, 0 while not asked
    QString reason;
    bool required = false; // every visit asks about it

    bool operator==(const SatisfactionRow&) const = default;
};

// Every satisfaction dimension, in the regulations' order, with the score and
// reason the customer gave. Owned by a VisitEditor, which fills it from the
// record and saves the record when the user scores here (`edited`).
//
// A low score cannot be saved without its reason (domain/satisfaction.h), so
// a low score tapped before the reason is typed waits here, shown and marked
// `needsReason`, and is saved together with the reason.
class SatisfactionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a VisitEditor owns its satisfaction list")
    Q_PROPERTY(int minScore READ minScore CONSTANT)
    Q_PROPERTY(int maxScore READ maxScore CONSTANT)

public:
    enum Role {
        DimensionRole = Qt::UserRole + 1,
        LabelRole,
        ScoreRole,
        ReasonRole,
        RequiredRole,
        DissatisfiedRole,
        NeedsReasonRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    static int minScore();
    static int maxScore();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows as recorded; a score waiting for its reason stays shown over them.
    void setRows(const QList<SatisfactionRow>& rows);
    // Forgets waiting scores (another visit is shown).
    void clearWaiting();
    void retranslate();

    // 0 takes the dimension out of the survey.
    Q_INVOKABLE void setScore(int row, int score);
    Q_INVOKABLE void setReason(int row, const QString& reason);

signals:
    void edited(const QList<SatisfactionRow>& rows);

private:
    void show();
    bool isWaiting(int row) const { return m_waiting.contains(m_saved.at(row).dimension); }

    QList<SatisfactionRow> m_saved;     // as recorded
    QHash<QString, int> m_waiting;      // low scores by dimension, until their reason comes
    QHash<QString, int> m_shownWaiting; // the waiting scores the list last showed
    QList<SatisfactionRow> m_rows;      // what the list shows: the saved rows with the waiting scores
};
