#include "enroldialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "locale/digits.h"
#include "services/session.h"
#include "storage/vault.h"
#include "synctext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// "AB:CD:…" or "abcd…" as printed by openssl → 64 lowercase hex digits.
QString normalizedPin(const QString &text)
{
    QString pin = locale::normalizeDigits(text).toLower();
    pin.remove(QRegularExpression(u"[\\s:]"_s));
    return pin;
}

} // namespace

EnrolDialog::EnrolDialog(services::Session &session, storage::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_url(field(u"enrolUrlEdit"_s, this))
    , m_code(field(u"enrolCodeEdit"_s, this))
    , m_caFile(field(u"enrolCaFileEdit"_s, this))
    , m_pin(field(u"enrolPinEdit"_s, this))
    , m_device(field(u"enrolDeviceEdit"_s, this))
    , m_chooseCa(new QPushButton(tr("Trust this CA &file…"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"enrolDialog"_s);
    setWindowTitle(tr("Connect to the central window"));
    storage::Vault &vault = session.vault();
    const Clock &clock = session.clock();
    m_enrol = [&vault, &secrets, &clock](const sync::EnrolmentRequest &request, QString *code,
                                         QString *message) {
        return sync::SyncEngine(vault, secrets, clock).enroll(request, code, message);
    };
    m_url->setPlaceholderText(u"https://central.example:8443"_s);
    m_code->setPlaceholderText(u"ABCD-EFGH-JKLM"_s);
    m_pin->setPlaceholderText(tr("or the SHA-256 of its certificate"));
    m_device->setText(QSysInfo::machineHostName());
    m_chooseCa->setObjectName(u"enrolChooseCaButton"_s);
    m_connect->setObjectName(u"enrolConnectButton"_s);
    m_message->setObjectName(u"enrolMessage"_s);

    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_chooseCa);
    auto *form = new QFormLayout;
    form->addRow(tr("Address of the central window:"), m_url);
    form->addRow(tr("Enrolment code:"), m_code);
    form->addRow(tr("Certificate authority:"), ca);
    form->addRow(tr("Certificate fingerprint:"), m_pin);
    form->addRow(tr("Name of this computer:"), m_device);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(m_chooseCa, &QPushButton::clicked, this, &EnrolDialog::chooseCaFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(
        tr("Ask the central window's administrator for an enrolment code and for the "
           "certificate to trust. The code works once."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, height());
}

sync::EnrolmentRequest EnrolDialog::request() const
{
    sync::EnrolmentRequest r;
    r.serverUrl = m_url->text().trimmed();
    while (r.serverUrl.endsWith(u'/'))
        r.serverUrl.chop(1);
    r.code = locale::normalizeDigits(m_code->text()).trimmed().toUpper();
    r.caFile = m_caFile->text().trimmed();
    r.pinnedSha256 = normalizedPin(m_pin->text());
    r.deviceName = m_device->text().trimmed();
    if (r.deviceName.isEmpty())
        r.deviceName = QSysInfo::machineHostName();
    return r;
}

QString EnrolDialog::validate() const
{
    const sync::EnrolmentRequest r = request();
    if (r.serverUrl.isEmpty())
        return tr("Type the address of the central window.");
    const QUrl url(r.serverUrl, QUrl::StrictMode);
    const bool loopback = url.host() == u"127.0.0.1" || url.host() == u"localhost";
    if (!url.isValid() || url.host().isEmpty() ||
        !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback)))
        return tr("The address starts with https:// (for example https://central.example:8443).");
    if (r.code.isEmpty())
        return tr("Type the enrolment code the central window's administrator gave you.");
    if (!r.caFile.isEmpty() && !r.pinnedSha256.isEmpty())
        return tr("Trust either a CA file or a certificate fingerprint, not both.");
    if (!r.caFile.isEmpty() && !QFileInfo(r.caFile).isReadable())
        return tr("The CA file cannot be read.");
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    if (!r.pinnedSha256.isEmpty() && !hex64.match(r.pinnedSha256).hasMatch())
        return tr("A certificate fingerprint is 64 hexadecimal characters (SHA-256).");
    return {};
}

void EnrolDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate authority of the central window"), m_caFile->text(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void EnrolDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_busy)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    struct Outcome {
        bool ok = false;
        QString code;
        QString message; // English, for logs only
    };
    auto outcome = std::make_shared<Outcome>();
    const sync::EnrolmentRequest r = request();
    // Copies only: the thread may outlive the dialog (the lock closes dialogs); its answer then
    // has nowhere to go, and the next sync finds the link if it was made.
    QThread *thread = QThread::create([enrol = m_enrol, r, outcome] {
        outcome->ok = enrol(r, &outcome->code, &outcome->message);
    });
    thread->setObjectName(u"pluslife-enrol"_s);
    connect(thread, &QThread::finished, this,
            [this, outcome] { finish(outcome->ok, outcome->code); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    setBusy(true);
    m_message->showNotice(tr("Connecting to the central window…"));
    thread->start();
}

void EnrolDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_code, m_caFile, m_pin, m_device,
                                                       m_chooseCa, m_connect})
        w->setEnabled(!busy);
}

void EnrolDialog::finish(bool ok, const QString &errorCode)
{
    setBusy(false);
    if (!ok) {
        m_message->showError(synctext::errorText(errorCode.isEmpty() ? u"unknown"_s : errorCode));
        return;
    }
    m_done = true;
    for (QLineEdit *edit : {m_url, m_code, m_caFile, m_pin, m_device})
        edit->setEnabled(false);
    m_chooseCa->setEnabled(false);
    m_connect->setText(tr("&Close"));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Cancel)->hide();
    m_message->showNotice(tr("This computer is connected to the central window. The center's "
                             "files are downloaded at the first sync, which starts now."));
    emit enrolled();
}

} // namespace pluslife::ui
