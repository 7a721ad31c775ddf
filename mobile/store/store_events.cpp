#include "store/store_events.h"

void StoreEvents::notifyLocalEdit()
{
    emit localEditQueued();
    emit recordsChanged();
}

void StoreEvents::notifySynced() { emit recordsChanged(); }

void StoreEvents::notifyReopened() { emit recordsChanged(); }

void StoreEvents::notifyReviewed() { emit recordsChanged(); }
