#pragma once

// Internal to the demo generator (see syntheticpopulation.h for the public API).

#include "demo/demodata.h"
#include "demo/dice.h"
#include "demo/syntheticpopulation.h"

namespace pluslife::demo::detail {

class Generator {
public:
    explicit Generator(quint64 seed);
    SyntheticHousehold next(const QDate &today);
    qint64 peopleGenerated() const { return m_people; }

private:
    // generatorhouseholds.cpp: who lives together
    void compose(SyntheticHousehold &h);
    void couple(SyntheticHousehold &h, int wifeAge, int minHusbandAge, bool withChildren);
    void elderlyCouple(SyntheticHousehold &h);
    void addParent(SyntheticHousehold &h);
    void widowOrDivorcee(SyntheticHousehold &h, const QString &status, int age);
    void grandmother(SyntheticHousehold &h);
    void singleMan(SyntheticHousehold &h);
    void loneFather(SyntheticHousehold &h);
    void addChildren(SyntheticHousehold &h, int motherAge, int births, const QString &fatherName,
                     const QString &lastName);
    int birthsFor(int motherAge);
    void addDisability(SyntheticHousehold &h);

    // generatorpeople.cpp: one person
    SyntheticPerson person(const QString &sex, int age, const QString &relation,
                           const QString &maritalStatus, const QString &lastName,
                           const QString &fatherName, const SyntheticHousehold &h);
    QString firstName(const QString &sex, int birthYear, const SyntheticHousehold *avoid);
    QString fatherNameFor(int age);
    QString familyName(const QString &differentFrom = {});
    QDate birthDateForAge(int age);
    int ageOf(const SyntheticPerson &p) const;
    void finish(SyntheticPerson &p);
    QString education(const SyntheticPerson &p, int age);
    QString occupation(const SyntheticPerson &p, int age);
    QString mobile(int age);
    QString nextNationalCode();

    // generatorplaces.cpp: where and how they live
    void place(SyntheticHousehold &h);
    QString street();
    QString postalCode();
    void housingAndIncome(SyntheticHousehold &h);

    Dice m_dice;
    const DemoData &m_data;
    QList<int> m_provinceWeights;
    quint64 m_codeStart = 0;
    quint64 m_codeIndex = 0;
    qint64 m_people = 0;

    // The household being built.
    QDate m_today;
    const DemoProvince *m_province = nullptr;
    int m_countyIndex = 0;
    bool m_rural = false;
    QString m_insurance;
    int m_preferDisabled = -1; // member index likelier to be the disabled one, or -1
};

QString persianDigits(int value);

} // namespace pluslife::demo::detail
