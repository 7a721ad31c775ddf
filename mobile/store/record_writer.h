#pragma once

#include "signature/signature_guard.h"
#include "store/local_store.h"
#include "store/user_store.h"

#include <string>

// The app's one way to change records. LocalStore writes the record and its
// outbox entry in one transaction; then every list hears of it and sync is
// asked to run soon. Screens never call LocalStore::save themselves, so no
// save can leave a list stale or an edit waiting for the next timer, and no
// edit to signed content can leave its signature looking valid: every save
// and remove voids the signatures it invalidated (signature/signature_guard.h).
class RecordWriter {
public:
    explicit RecordWriter(UserStore& store) : m_store(store) {}

    // Throws fv::ValidationError with every problem (nothing saved), or
    // fv::Error(Store, "not_signed_in") when no database is open.
    template <class Body> fv::Record<Body> save(fv::Record<Body> record)
    {
        fv::app::SignatureGuard guard(local(), fv::app::signedDocumentOf(record));
        auto saved = local().save(std::move(record));
        guard.voidStale();
        m_store.events()->notifyLocalEdit();
        return saved;
    }

    void remove(const std::string& id);

private:
    fv::LocalStore& local();

    UserStore& m_store;
};
