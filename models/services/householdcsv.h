#pragma once

#include "householdservice.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pluslife::services {

// The county office's referral list (issue 3, "Import and find"): CSV, UTF-8 (a BOM is fine),
// comma-separated, double quotes around fields that hold commas, quotes or line breaks, one
// person per row, a header row naming the columns (any order, any subset beyond the required):
//
//   household      required  the office's reference; rows with the same value are one household
//   relation       required  head | spouse | child | parent | sibling | grandchild | other
//                            (exactly one head per household)
//   national_code  head: required; others: optional; any digits (Persian, Arabic-Indic, Latin)
//   first_name, last_name    required
//   father_name, sex (female|male, also «زن»/«مرد»), birth_date (Jalali, e.g. 1370/05/12, any
//   digits) mobile, province, county, city, neighbourhood, street, postal_code, housing
//   (owner|tenant|other), monthly_rent             optional; the address and housing come from the
//   head's row
//
// Problems are reported per line (translated); the caller imports nothing when there are any.
struct HouseholdCsv {
    QList<HouseholdService::NewFile> files;
    QStringList problems;

    static HouseholdCsv parse(const QByteArray &utf8);
    static QStringList columns();
};

} // namespace pluslife::services
