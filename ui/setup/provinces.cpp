#include "provinces.h"

using namespace Qt::StringLiterals;

namespace pluslife::ui {

QStringList iranProvinces()
{
    // Names are data (stored as typed), not interface text: no tr().
    return {
        u"آذربایجان شرقی"_s,
        u"آذربایجان غربی"_s,
        u"اردبیل"_s,
        u"اصفهان"_s,
        u"البرز"_s,
        u"ایلام"_s,
        u"بوشهر"_s,
        u"تهران"_s,
        u"چهارمحال و بختیاری"_s,
        u"خراسان جنوبی"_s,
        u"خراسان رضوی"_s,
        u"خراسان شمالی"_s,
        u"خوزستان"_s,
        u"زنجان"_s,
        u"سمنان"_s,
        u"سیستان و بلوچستان"_s,
        u"فارس"_s,
        u"قزوین"_s,
        u"قم"_s,
        u"کردستان"_s,
        u"کرمان"_s,
        u"کرمانشاه"_s,
        u"کهگیلویه و بویراحمد"_s,
        u"گلستان"_s,
        u"گیلان"_s,
        u"لرستان"_s,
        u"مازندران"_s,
        u"مرکزی"_s,
        u"هرمزگان"_s,
        u"همدان"_s,
        u"یزد"_s,
    };
}

} // namespace pluslife::ui
