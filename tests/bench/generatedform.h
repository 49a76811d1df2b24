#pragma once

// The generated forms the forms benches share: `questions` top-level questions (numbers with
// constraints, selects, relevance chains, calculates reading earlier answers) and, when asked,
// a repeat of household members with its own calculates.
#include <QByteArray>
#include <QString>

namespace pluslife::bench {

inline QByteArray generatedForm(int questions, bool withRepeat)
{
    QString binds;
    QString body;
    QString instance;
    for (int i = 1; i <= questions; ++i) {
        const QString name = QStringLiteral("q%1").arg(i);
        instance += QStringLiteral("<%1/>").arg(name);
        switch (i % 4) {
        case 0:
            binds +=
                QStringLiteral("<bind nodeset=\"/data/%1\" type=\"int\" constraint=\". &gt;= 0 and "
                               ". &lt; 1000\" "
                               "jr:constraintMsg=\"بین ۰ و ۱۰۰۰\" relevant=\"/data/q%2 != 'no'\"/>")
                    .arg(name)
                    .arg(i - 1);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>پرسش عددی %2</label></input>")
                        .arg(name)
                        .arg(i);
            break;
        case 1:
            binds +=
                QStringLiteral("<bind nodeset=\"/data/%1\" type=\"select1\" required=\"true()\"/>")
                    .arg(name);
            body += QStringLiteral("<select1 ref=\"/data/%1\"><label>پرسش %2</label>"
                                   "<item><label>بله</label><value>yes</value></item>"
                                   "<item><label>خیر</label><value>no</value></item></select1>")
                        .arg(name)
                        .arg(i);
            break;
        case 2:
            binds += QStringLiteral("<bind nodeset=\"/data/%1\" type=\"string\" "
                                    "relevant=\"selected(/data/q%2, 'yes')\"/>")
                         .arg(name)
                         .arg(i - 1);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>توضیح %2</label></input>")
                        .arg(name)
                        .arg(i);
            break;
        default:
            binds += QStringLiteral("<bind nodeset=\"/data/%1\" type=\"int\" "
                                    "calculate=\"if(/data/q%2 = 'yes', 1, 0) + "
                                    "count(/data/member)\"/>")
                         .arg(name)
                         .arg(i - 2);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>محاسبه <output "
                                   "value=\"/data/%1\"/></label></input>")
                        .arg(name);
            break;
        }
    }
    if (withRepeat) {
        instance += QStringLiteral(
            "<member jr:template=\"\"><name/><age/><works/><income/></member><total/>");
        binds += QStringLiteral(
            "<bind nodeset=\"/data/member/name\" type=\"string\" required=\"true()\"/>"
            "<bind nodeset=\"/data/member/age\" type=\"int\" constraint=\". &lt; 120\"/>"
            "<bind nodeset=\"/data/member/works\" type=\"select1\" relevant=\"../age &gt;= 15\"/>"
            "<bind nodeset=\"/data/member/income\" type=\"int\" relevant=\"../works = 'yes'\"/>"
            "<bind nodeset=\"/data/total\" type=\"int\" calculate=\"sum(/data/member/income)\"/>");
        body += QStringLiteral(
            "<group ref=\"/data/member\"><label>اعضا</label><repeat nodeset=\"/data/member\">"
            "<input ref=\"/data/member/name\"><label>نام</label></input>"
            "<input ref=\"/data/member/age\"><label>سن</label></input>"
            "<select1 ref=\"/data/member/works\"><label>شاغل</label>"
            "<item><label>بله</label><value>yes</value></item>"
            "<item><label>خیر</label><value>no</value></item></select1>"
            "<input ref=\"/data/member/income\"><label>درآمد</label></input>"
            "</repeat></group>");
    }
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\"?><h:html xmlns=\"http://www.w3.org/2002/xforms\" "
            "xmlns:h=\"http://www.w3.org/1999/xhtml\" xmlns:jr=\"http://openrosa.org/javarosa\">"
            "<h:head><h:title>بنچ</h:title><model><instance><data id=\"bench\" version=\"1\">%1"
            "<meta><instanceID/></meta></data></instance>%2</model></h:head><h:body>%3</h:body></"
            "h:html>")
            .arg(instance, binds, body);
    return xml.toUtf8();
}

} // namespace pluslife::bench
