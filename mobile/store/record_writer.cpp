#include "store/record_writer.h"

#include "util/error.h"

void RecordWriter::remove(const std::string& id)
{
    local().remove(id);
    m_store.events()->notifyLocalEdit();
}

fv::LocalStore& RecordWriter::local()
{
    if (!m_store.local())
        throw fv::Error(fv::ErrorDomain::Store, "not_signed_in", "no database is open: sign in first");
    return *m_store.local();
}
