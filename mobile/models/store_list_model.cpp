#include "models/store_list_model.h"

#include <QLoggingCategory>
#include <exception>

Q_LOGGING_CATEGORY(lcModels, "fv.models")

StoreListModel::StoreListModel(QObject* parent) : QAbstractListModel(parent)
{
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &StoreListModel::retranslate);
}

void StoreListModel::setStore(UserStore* store)
{
    if (m_store == store) return;
    if (m_store) disconnect(m_store->events(), nullptr, this, nullptr);
    m_store = store;
    if (m_store) connect(m_store->events(), &StoreEvents::recordsChanged, this, &StoreListModel::onRecordsChanged);
    emit storeChanged();
    refresh();
}

void StoreListModel::setActive(bool active)
{
    if (m_active == active) return;
    m_active = active;
    emit activeChanged();
    if (m_active && m_stale) refresh();
}

void StoreListModel::onRecordsChanged()
{
    if (m_active)
        refresh();
    else
        m_stale = true;
}

void StoreListModel::refresh()
{
    m_stale = false;
    const int before = rowCount();
    QString error;
    beginResetModel();
    clearRows();
    if (m_store && m_store->isOpen()) {
        try {
            load(*m_store);
        } catch (const std::exception& e) {
            // A list that cannot be read shows nothing rather than half, and says why.
            clearRows();
            error = tr("This list could not be read from the tablet's database: %1").arg(QString::fromUtf8(e.what()));
            qCWarning(lcModels) << metaObject()->className() << e.what();
        }
    }
    endResetModel();
    setErrorString(error);
    if (rowCount() != before) emit countChanged();
    emit refreshed();
}

void StoreListModel::setErrorString(const QString& text)
{
    if (m_errorString == text) return;
    m_errorString = text;
    emit errorStringChanged();
}

void StoreListModel::retranslate()
{
    if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1), translatedRoles());
    emit refreshed(); // properties worded in the language follow it
}
