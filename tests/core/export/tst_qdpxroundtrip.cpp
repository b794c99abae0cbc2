// Parallax → .qdpx → Parallax loses nothing: the two libraries' JSON exports agree field by
// field, once each reference to a row (whose ids differ between libraries) is replaced by
// what it refers to.
#include "export/exporter.h"
#include "export/qdpximport.h"
#include "exportfixture.h"
#include "storage/notestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QJsonObject exported(test::TestLibrary &library, const QString &name)
{
    const QString path = library.dir() + u'/' + name;
    if (!exportLibrary(library.db(), ExportScope::library(), ExportFormat::Json, path))
        qFatal("cannot export JSON");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the export");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every row as what it is, with references spelled out and the lists in a stable order.
class Normalised
{
public:
    explicit Normalised(const QJsonObject &doc)
    {
        for (const QJsonValue &a : doc[u"articles"_s].toArray()) {
            m_article.insert(a[u"id"_s].toInteger(), a[u"title"_s].toString());
            for (const QJsonValue &p : a[u"annotations"_s].toArray())
                m_passage.insert(p[u"id"_s].toInteger(),
                                 u"%1|%2|%3|%4"_s.arg(a[u"title"_s].toString())
                                     .arg(p[u"start"_s].toInteger())
                                     .arg(p[u"end"_s].toInteger())
                                     .arg(p[u"kind"_s].toString()));
        }
        for (const QJsonValue &c : doc[u"codes"_s].toArray())
            m_codeName.insert(c[u"id"_s].toInteger(), c[u"name"_s].toString());
        for (const QJsonValue &c : doc[u"codes"_s].toArray())
            m_code.insert(c[u"id"_s].toInteger(), codePath(doc, c[u"id"_s].toInteger()));
        for (const QJsonValue &p : doc[u"people"_s].toArray())
            m_person.insert(p[u"id"_s].toInteger(), p[u"name"_s].toString());
        for (const QJsonValue &p : doc[u"places"_s].toArray())
            m_place.insert(p[u"id"_s].toInteger(), p[u"name"_s].toString());
        for (const QJsonValue &c : doc[u"claims"_s].toArray())
            m_claim.insert(c[u"id"_s].toInteger(), c[u"statement"_s].toString());
        m_result = value(doc, QString()).toObject();
    }
    const QJsonObject &result() const { return m_result; }

private:
    QString codePath(const QJsonObject &doc, qint64 id) const
    {
        for (const QJsonValue &c : doc[u"codes"_s].toArray())
            if (c[u"id"_s].toInteger() == id)
                return c[u"parent"_s].isNull() ? c[u"name"_s].toString()
                                               : codePath(doc, c[u"parent"_s].toInteger()) +
                                                     u" / "_s + c[u"name"_s].toString();
        return {};
    }

    QJsonValue reference(const QString &key, const QJsonValue &v, const QJsonObject &owner) const
    {
        const qint64 id = v.toInteger();
        if (key == u"speaker_mention"_s || key == u"annotation"_s)
            return m_passage.value(id);
        if (key == u"code"_s)
            return m_code.value(id);
        if (key == u"person"_s)
            return m_person.value(id);
        if (key == u"target_id"_s) {
            const QString target = owner[u"target"_s].toString();
            return target == u"article"_s      ? m_article.value(id)
                   : target == u"annotation"_s ? m_passage.value(id)
                   : target == u"claim"_s      ? m_claim.value(id)
                                               : m_code.value(id);
        }
        return v;
    }

    QJsonValue value(const QJsonValue &v, const QString &key) const
    {
        if (v.isArray()) {
            QList<QJsonValue> items;
            for (const QJsonValue &item : v.toArray())
                items.append(value(item, key));
            std::sort(items.begin(), items.end(), [](const QJsonValue &a, const QJsonValue &b) {
                return QJsonDocument(QJsonArray{a}).toJson() <
                       QJsonDocument(QJsonArray{b}).toJson();
            });
            QJsonArray sorted;
            for (const QJsonValue &item : items)
                sorted.append(item);
            return sorted;
        }
        if (!v.isObject())
            return v;
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            const QString k = it.key();
            if (k == u"id"_s || k.endsWith(u"_at"_s) || k == u"position"_s)
                continue;
            if (k == u"parent"_s && !it.value().isNull())
                out.insert(k, key == u"codes"_s ? m_codeName.value(it.value().toInteger())
                                                : m_place.value(it.value().toInteger()));
            else if (it.value().isDouble() && k != u"start"_s && k != u"end"_s &&
                     k != u"confidence"_s && k != u"version"_s)
                out.insert(k, reference(k, it.value(), in));
            else
                out.insert(k, value(it.value(), k));
        }
        return out;
    }

    QHash<qint64, QString> m_article, m_passage, m_code, m_codeName, m_person, m_place, m_claim;
    QJsonObject m_result;
};

} // namespace

class tst_QdpxRoundTrip final : public QObject
{
    Q_OBJECT
private slots:
    void shouldExportTheSameLibraryAfterARoundTrip()
    {
        test::ExportFixture f;
        Note journal; // a note on the library itself travels as a Note nobody refers to
        journal.target = NoteTarget::Library;
        journal.body = u"Journal\n\nRead the Kyiv reports again on Monday."_s;
        QVERIFY(NoteStore(f.library.db()).create(journal));
        const QString project = f.library.dir() + u"/round.qdpx"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, project));
        test::TestLibrary fresh;
        const auto report = importQdpx(fresh.db(), project);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->skipped.isEmpty());
        const QJsonObject before = Normalised(exported(f.library, u"a.json"_s)).result();
        const QJsonObject after = Normalised(exported(fresh, u"b.json"_s)).result();
        QVERIFY(before.value(u"articles"_s).toArray().size() >= 6);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const QByteArray a = QJsonDocument(QJsonArray{it.value()}).toJson();
            const QByteArray b = QJsonDocument(QJsonArray{after.value(it.key())}).toJson();
            if (a == b)
                continue;
            // Name the first line that differs, for whoever reads the failure.
            const QList<QByteArray> la = a.split('\n');
            const QList<QByteArray> lb = b.split('\n');
            for (qsizetype i = 0; i < qMin(la.size(), lb.size()); ++i)
                QVERIFY2(la.at(i) == lb.at(i),
                         qPrintable(u"%1, line %2: %3 | %4"_s.arg(it.key()).arg(i).arg(
                             QString::fromUtf8(la.at(i)), QString::fromUtf8(lb.at(i)))));
            QCOMPARE(la.size(), lb.size());
        }
    }
};

QTEST_GUILESS_MAIN(tst_QdpxRoundTrip)
#include "tst_qdpxroundtrip.moc"
