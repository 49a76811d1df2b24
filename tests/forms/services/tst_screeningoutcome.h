#pragma once

// Level-1 screening (activity 18) on a real store: the four library screening forms filled
// through FormSession::setValue and submitted through FormService. Every band boundary of every
// form; a "refer" result makes exactly one referral and its follow-up task in the submission's
// own transaction (and nothing when it fails), "follow-up" makes a re-screening task only,
// "normal"/"low" nothing; a person's history lists results newest first.
#include "../../models/services/servicetestfixture.h"
#include "domain/referral.h"
#include "services/formservice.h"
#include "services/referralservice.h"
#include "services/screeninghistory.h"
#include "services/screeningoutcome.h"
#include "services/taskservice.h"

#include <QSqlQuery>

using namespace pluslife;
using forms::FormService;
using forms::FormSession;
using forms::FormSubject;

namespace screeningtest {

using Answers = QList<QPair<QString, QString>>;

// The 20 autism items: path and the answer that counts a point (items 1-13 "no", 14-20 "yes").
inline QList<QPair<QString, QString>> autismItems()
{
    QList<QPair<QString, QString>> items;
    for (int i = 1; i <= 20; ++i) {
        const QString group = i <= 7    ? QStringLiteral("social")
                              : i <= 13 ? QStringLiteral("play")
                                        : QStringLiteral("behaviour");
        items.append({QStringLiteral("/data/%1/q%2").arg(group).arg(i, 2, 10, QLatin1Char('0')),
                      i <= 13 ? QStringLiteral("no") : QStringLiteral("yes")});
    }
    return items;
}

// Autism answers scoring `score`, the points spread over both kinds of item.
inline Answers autism(int score, const QString &birthDate)
{
    Answers answers{{QStringLiteral("/data/child/birth_date"), birthDate}};
    const auto items = autismItems();
    // Points taken alternately from the end (reverse-scored items) and the start.
    QSet<int> pointed;
    for (int k = 0; k < score; ++k)
        pointed.insert(k % 2 == 0 ? 19 - k / 2 : k / 2);
    for (int i = 0; i < items.size(); ++i) {
        const QString concern = items.at(i).second;
        const QString typical =
            concern == QLatin1String("no") ? QStringLiteral("yes") : QStringLiteral("no");
        answers.append({items.at(i).first, pointed.contains(i) ? concern : typical});
    }
    return answers;
}

inline Answers vision(const QString &birthDate, const QString &right, const QString &left,
                      const QString &squint = QStringLiteral("no"))
{
    Answers answers{{QStringLiteral("/data/child/birth_date"), birthDate},
                    {QStringLiteral("/data/test/squint"), squint}};
    if (right.isEmpty()) {
        answers.append({QStringLiteral("/data/test/tested"), QStringLiteral("no")});
    } else {
        answers.append({QStringLiteral("/data/test/tested"), QStringLiteral("yes")});
        answers.append({QStringLiteral("/data/test/right"), right});
        answers.append({QStringLiteral("/data/test/left"), left});
    }
    return answers;
}

// Hearing questionnaire with `score` worrying answers (q1 and q7 worry on "no").
inline Answers hearingQuestions(int score)
{
    Answers answers{{QStringLiteral("/data/method/kind"), QStringLiteral("questionnaire")}};
    for (int i = 1; i <= 8; ++i) {
        const bool reverse = i == 1 || i == 7;
        const bool point = i <= score;
        answers.append({QStringLiteral("/data/questions/q%1").arg(i),
                        point != reverse ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return answers;
}

inline Answers hearingDevice(const QString &right, const QString &left)
{
    return {{QStringLiteral("/data/method/kind"), QStringLiteral("device")},
            {QStringLiteral("/data/device/right_ear"), right},
            {QStringLiteral("/data/device/left_ear"), left}};
}

inline Answers genetic(const QString &consanguinity, const QString &diseases, bool affectedChild,
                       bool miscarriages, bool childDeath = false, bool ownCondition = false)
{
    const auto yn = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("/data/family/consanguinity"), consanguinity},
            {QStringLiteral("/data/family/diseases"), diseases},
            {QStringLiteral("/data/history/affected_child"), yn(affectedChild)},
            {QStringLiteral("/data/history/miscarriages"), yn(miscarriages)},
            {QStringLiteral("/data/history/child_death"), yn(childDeath)},
            {QStringLiteral("/data/history/own_condition"), yn(ownCondition)}};
}

} // namespace screeningtest

using namespace screeningtest;
