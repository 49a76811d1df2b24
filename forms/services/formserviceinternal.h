#pragma once

// Helpers shared by the translation units of FormService (formservice.cpp, forminstall.cpp,
// formdrafts.cpp, formsubmit.cpp, formsubmissions.cpp). Not part of the public API: include only
// from forms/services/form*.cpp.

#include "storage/storeerror.h"

#include <QSqlError>
#include <QString>

namespace pluslife::forms::detail {

// The prefix of an ODK instanceID ("uuid:<uuid>"); submissions store the bare uuid.
inline const QString kUuidPrefix = QStringLiteral("uuid:");

// Refusals, in FormService's translation context.
storage::StoreError saveFailed(const QSqlError &error);
storage::StoreError noSuchForm();
storage::StoreError noSuchDraft();
storage::StoreError visitNotPlanned();

} // namespace pluslife::forms::detail
