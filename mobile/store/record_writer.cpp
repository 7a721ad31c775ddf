#include "store/record_writer.h"

#include "util/error.h"

void RecordWriter::remove(const std::string& id)
{
    const auto record = local().find(id);
    fv::app::SignatureGuard guard(local(), record ? fv::app::signedDocumentOf(*record) : std::string());
    local().remove(id);
    guard.voidStale();
    m_store.events()->notifyLocalEdit();
}

fv::LocalStore& RecordWriter::local()
{
    if (!m_store.local())
        throw fv::Error(fv::ErrorDomain::Store, "not_signed_in", "no database is open: sign in first");
    return *m_store.local();
}
