#pragma once

#include "i18n/language_watch.h"
#include "models/store_list_model.h"
#include "sync/sync_problem_row.h"

#include <vector>

// What sync could not settle on its own, for the user to see and dismiss:
// changes the server refused (never resent, never dropped unseen) with the
// reason, and fields the server reported in conflict with both values — the
// server's, which the record shows now, and this tablet's, kept for review —
// and, once a reviewer has settled one, who decided it and how. Newest first.
// Dismissing removes the problem from the tablet's database for good and
// updates the sync status bar's counts.
class SyncProblemsModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int refusalCount READ refusalCount NOTIFY refreshed)
    // Conflicts still waiting for a reviewer; settled ones are listed but not counted.
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY refreshed)
    // Why the last dismiss failed; empty after one that worked.
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "refusal" or "conflict"
        RecordIdRole,
        RecordTypeLabelRole,
        RecordTitleRole,
        HeadlineRole,
        ReasonRole,
        ServerValueRole,
        DeviceValueRole,
        WhenTextRole,
        OpenTargetRole,
        TargetIdRole,
        SettledRole,    // a conflict a reviewer has decided: shown, but no longer needing the user
        SettlementRole, // who decided it, when and how
    };
    Q_ENUM(Role)

    explicit SyncProblemsModel(QObject* parent = nullptr);

    int refusalCount() const;
    int conflictCount() const;
    QString actionError() const { return m_actionError; }

    // Removes the problem on `row` for good; false (and actionError) when it could not.
    Q_INVOKABLE bool dismiss(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void actionErrorChanged();

protected:
    void load(UserStore& store) override;
    void clearRows() override { m_rows.clear(); }
    // The rows are worded when read: a language switch reads them again.
    QList<int> translatedRoles() const override { return {}; }

private:
    void setActionError(const QString& text);

    std::vector<fv::app::SyncProblemRow> m_rows;
    QString m_actionError;
    LanguageWatch m_languageWatch;
};
