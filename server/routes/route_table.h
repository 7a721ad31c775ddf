#pragma once

#include "http/router.h"

namespace fv::server {

class Backend;

// Every route the server answers, in one table. A new endpoint gets its own file under routes/
// and one line here.
Router makeRouter(Backend& backend);

} // namespace fv::server
