// The EditSession without widgets: every command changes the library, undo restores the exact
// previous rows, redo brings back the same ids, and a failing write changes nothing.
#include "domain/annotation.h"
#include "editing/editsession.h"
#include "import/importer.h"
#include "import/reanalyser.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"
#include "testlibrary.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Every row of the tables an edit can touch, in id order: equal snapshots mean equal states.
QStringList snapshot(const Database &db)
{
    QStringList rows;
    for (const QString &table :
         {u"annotations"_s, u"codes"_s, u"claims"_s, u"claim_appearances"_s, u"notes"_s,
          u"people"_s, u"person_aliases"_s, u"places"_s, u"place_aliases"_s, u"article_stats"_s}) {
        QSqlQuery query(db.handle());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        while (query.next()) {
            QStringList values{table};
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(u'|'));
        }
    }
    return rows;
}

struct Fixture
{
    test::TestLibrary library;
    QList<qint64> articles;
    qint64 code = 0;
    qint64 quote = 0; // an automatic quotation of the first article
    qint64 place = 0; // an automatic place mention of the first article
    qint64 claim = 0;
    qint64 note = 0;

    Fixture()
    {
        articles = test::importSeeds(library.db());
        Code c;
        c.name = u"Ceasefire terms"_s;
        c.color = u"#e67e22"_s;
        code = *CodeStore(library.db()).create(c);
        for (const Annotation &a : *AnnotationStore(library.db()).forArticle(articles.at(1))) {
            if (!quote && a.kind == AnnotationKind::Quote && a.personId)
                quote = a.id;
            if (!place && a.kind == AnnotationKind::PlaceMention)
                place = a.id;
        }
    }
};

using Edit = std::function<bool(EditSession &, Fixture &)>;

} // namespace

class tst_EditSession final : public QObject
{
    Q_OBJECT
private slots:
    void shouldApplyUndoAndRedoEveryCommand_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("tag passage") << Edit([](EditSession &s, Fixture &f) {
            return s.tagPassage(f.articles.at(1), 10, 40, f.code).has_value();
        });
        QTest::newRow("mark quotation") << Edit([](EditSession &s, Fixture &f) {
            return s.markQuotation(f.articles.at(0), 5, 25, std::nullopt).has_value();
        });
        QTest::newRow("remove passage with its links") << Edit([](EditSession &s, Fixture &f) {
            const auto claim = s.createClaimFromQuotation(f.quote);
            s.addNote(NoteTarget::Annotation, f.quote, u"check the translation"_s);
            return claim && s.removeAnnotation(f.quote);
        });
        QTest::newRow("boundaries") << Edit([](EditSession &s, Fixture &f) {
            const Annotation a = *AnnotationStore(s.library()).get(f.place);
            return s.setBoundaries(f.place, a.start, a.end + 3);
        });
        QTest::newRow("reject") << Edit([](EditSession &s, Fixture &f) {
            return s.setStatus(f.place, AnnotationStatus::Rejected);
        });
        QTest::newRow("speaker") << Edit(
            [](EditSession &s, Fixture &f) { return s.setSpeaker(f.quote, std::nullopt); });
        QTest::newRow("accept all")
            << Edit([](EditSession &s, Fixture &f) { return s.acceptAll(f.articles.at(2)) > 10; });
        QTest::newRow("new code") << Edit([](EditSession &s, Fixture &) {
            return s.createCode(u"Territory"_s, u"#3498db"_s).has_value();
        });
        QTest::newRow("rename, recolour, move code") << Edit([](EditSession &s, Fixture &f) {
            const auto parent = s.createCode(u"Themes"_s, u"#95a5a6"_s);
            return parent && s.renameCode(f.code, u"Terms"_s) &&
                   s.recolorCode(f.code, u"#112233"_s) && s.moveCode(f.code, parent, 0);
        });
        QTest::newRow("delete code in use") << Edit([](EditSession &s, Fixture &f) {
            const auto child = s.createCode(u"Withdrawal"_s, u"#aa0000"_s, f.code);
            return child && s.tagPassage(f.articles.at(0), 0, 12, *child) &&
                   s.tagPassage(f.articles.at(1), 3, 30, f.code) &&
                   s.addNote(NoteTarget::Code, f.code, u"what counts"_s) && s.deleteCode(f.code);
        });
        QTest::newRow("merge codes") << Edit([](EditSession &s, Fixture &f) {
            const auto other = s.createCode(u"Truce"_s, u"#00aa00"_s);
            return other && s.tagPassage(f.articles.at(0), 20, 50, *other) &&
                   s.mergeCode(*other, f.code);
        });
        QTest::newRow("claim with appearances") << Edit([](EditSession &s, Fixture &f) {
            const auto claim =
                s.createClaim(u"Russia will cease fire if Ukraine withdraws"_s, std::nullopt);
            const auto passage = s.markQuotation(f.articles.at(4), 100, 160, std::nullopt);
            const auto appearance =
                claim && passage ? s.addAppearance(*claim, *passage, AppearanceType::Paraphrase)
                                 : std::nullopt;
            return appearance && s.setAppearanceType(*appearance, AppearanceType::Translation);
        });
        QTest::newRow("remove claim") << Edit([](EditSession &s, Fixture &f) {
            const auto kept = s.createClaim(u"A claim that stays"_s, std::nullopt);
            const auto claim = s.createClaimFromQuotation(f.quote);
            return kept && claim &&
                   s.addNote(NoteTarget::Claim, *claim, u"first said in Bishkek"_s) &&
                   s.removeClaim(*claim);
        });
        QTest::newRow("move code among siblings") << Edit([](EditSession &s, Fixture &f) {
            const auto second = s.createCode(u"Second"_s, u"#95a5a6"_s);
            const auto third = s.createCode(u"Third"_s, u"#95a5a6"_s);
            return second && third && s.moveCode(*third, std::nullopt, 0) &&
                   s.moveCode(f.code, std::nullopt, 2);
        });
        QTest::newRow("new person with aliases") << Edit([](EditSession &s, Fixture &) {
            return s
                .createPerson(u"Olha Stefanishyna"_s, {u"Stefanishyna"_s, u"Ольга Стефанішина"_s})
                .has_value();
        });
        QTest::newRow("edit person aliases") << Edit([](EditSession &s, Fixture &f) {
            Person speaker =
                *PersonStore(s.library()).get(*AnnotationStore(s.library()).get(f.quote)->personId);
            speaker.aliases.append(u"the Kremlin chief"_s);
            return s.updatePerson(speaker);
        });
        QTest::newRow("speaker is a new person") << Edit([](EditSession &s, Fixture &f) {
            return s.setSpeakerToNewPerson(f.quote, u"Maria Zakharova"_s, {u"Zakharova"_s});
        });
        QTest::newRow("new place, then edited") << Edit([](EditSession &s, Fixture &) {
            Place place;
            place.name = u"Zlatopil"_s;
            place.kind = PlaceKind::City;
            place.aliases = {u"Pervomaiskyi"_s};
            const auto id = s.createPlace(place);
            if (!id)
                return false;
            place.id = *id;
            place.aliases.append(u"Первомайский"_s);
            return s.updatePlace(place);
        });
        QTest::newRow("mark place, learning the spelling") << Edit([](EditSession &s, Fixture &f) {
            const qint64 place = *AnnotationStore(s.library()).get(f.place)->placeId;
            return s.markPlace(f.articles.at(0), 0, 7, place).has_value() &&
                   s.undoStack()->count() == 1;
        });
        QTest::newRow("mark new place") << Edit([](EditSession &s, Fixture &f) {
            Place place;
            place.name = u"Zlatopil"_s;
            place.kind = PlaceKind::City;
            return s.markNewPlace(f.articles.at(2), 40, 52, place).has_value();
        });
        QTest::newRow("place from the gazetteer") << Edit([](EditSession &s, Fixture &f) {
            const auto id = s.placeFromGazetteer(u"Kharkiv Oblast"_s, PlaceKind::Region);
            return id && s.markPlace(f.articles.at(3), 10, 20, *id);
        });
        QTest::newRow("notes") << Edit([](EditSession &s, Fixture &f) {
            const auto note =
                s.addNote(NoteTarget::Article, f.articles.at(0), u"Compare with AFP"_s);
            return note && s.setNoteText(*note, u"Compare with AFP and RT"_s);
        });
    }
    void shouldApplyUndoAndRedoEveryCommand()
    {
        QFETCH(Edit, edit);
        Fixture f;
        EditSession session(f.library.db());
        const QStringList before = snapshot(f.library.db());
        QVERIFY2(edit(session, f), qPrintable(session.lastError()));
        const QStringList after = snapshot(f.library.db());
        QVERIFY(after != before);
        const int steps = session.undoStack()->index();
        QVERIFY(steps >= 1);

        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(snapshot(f.library.db()), before);
        while (session.undoStack()->canRedo())
            session.undoStack()->redo();
        QCOMPARE(snapshot(f.library.db()), after); // same rows, same ids
        QCOMPARE(session.undoStack()->index(), steps);
    }

    void shouldUndoAndRedoAChainOfFiftyMixedCommands()
    {
        Fixture f;
        EditSession session(f.library.db());
        QRandomGenerator random(20261122);
        QList<QStringList> states{snapshot(f.library.db())};
        QList<qint64> codes{f.code};
        QList<qint64> passages;
        QList<qint64> notes;
        int pushed = 0;
        while (pushed < 50) {
            const qint64 article = f.articles.at(random.bounded(int(f.articles.size())));
            const int start = random.bounded(0, 300);
            bool done = false;
            switch (random.bounded(7)) {
            case 0:
                if (auto id = session.tagPassage(article, start, start + 5 + random.bounded(40),
                                                 codes.at(random.bounded(int(codes.size())))))
                    done = true, passages.append(*id);
                break;
            case 1:
                if (auto id = session.createCode(u"Code %1"_s.arg(pushed), u"#336699"_s))
                    done = true, codes.append(*id);
                break;
            case 2:
                if (!passages.isEmpty())
                    done = session.setBoundaries(passages.constLast(), start, start + 20);
                break;
            case 3:
                if (auto id =
                        session.addNote(NoteTarget::Article, article, u"note %1"_s.arg(pushed)))
                    done = true, notes.append(*id);
                break;
            case 4:
                done = session.setStatus(f.place, random.bounded(2) ? AnnotationStatus::Rejected
                                                                    : AnnotationStatus::Accepted);
                break;
            case 5:
                if (codes.size() > 1)
                    done = session.renameCode(codes.constLast(), u"Renamed %1"_s.arg(pushed));
                break;
            case 6:
                if (!passages.isEmpty())
                    done = session.removeAnnotation(passages.takeLast());
                break;
            }
            if (!done)
                continue;
            ++pushed;
            states.append(snapshot(f.library.db()));
        }
        QCOMPARE(session.undoStack()->count(), 50);
        for (int i = 50; i > 0; --i) {
            session.undoStack()->undo();
            QCOMPARE(snapshot(f.library.db()), states.at(i - 1));
        }
        for (int i = 1; i <= 50; ++i) {
            session.undoStack()->redo();
            QCOMPARE(snapshot(f.library.db()), states.at(i));
        }
    }

    void shouldMergeTypingInOneNote()
    {
        Fixture f;
        EditSession session(f.library.db());
        const auto note = session.addNote(NoteTarget::Article, f.articles.at(0), u"C"_s);
        QVERIFY(note);
        for (const QString &text : {u"Co"_s, u"Com"_s, u"Compare"_s})
            QVERIFY(session.setNoteText(*note, text));
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        QCOMPARE(f.library.scalar(u"SELECT count(*) FROM notes WHERE body = 'C'"_s), 1);
        session.undoStack()->redo();
        QCOMPARE(f.library.scalar(u"SELECT count(*) FROM notes WHERE body = 'Compare'"_s), 1);
    }

    void shouldChangeNothingWhenAWriteFails()
    {
        Fixture f;
        EditSession session(f.library.db());
        QSignalSpy errors(&session, &EditSession::errorOccurred);
        const QStringList before = snapshot(f.library.db());
        QVERIFY(!session.removeAnnotation(999999));
        QVERIFY(!session.tagPassage(f.articles.at(0), 50, 10, f.code));
        QVERIFY(!session.tagPassage(f.articles.at(0), 0, 10, 424242));
        QVERIFY(!session.mergeCode(f.code, f.code));
        // A code under its own child: the cycle check refuses the second write.
        const auto child = session.createCode(u"Child"_s, u"#123456"_s, f.code);
        QVERIFY(child);
        const QStringList withChild = snapshot(f.library.db());
        QVERIFY(!session.moveCode(f.code, child, 0));
        QCOMPARE(snapshot(f.library.db()), withChild);
        QCOMPARE(errors.count(), 5);
        QVERIFY(!session.lastError().isEmpty());
        QCOMPARE(session.undoStack()->count(), 1); // only the child's creation
        session.undoStack()->undo();
        QCOMPARE(snapshot(f.library.db()), before);
    }

    void shouldMoveACodeToTheRowItWasDroppedOn()
    {
        Fixture f;
        EditSession session(f.library.db());
        const auto b = session.createCode(u"B"_s, u"#111111"_s);
        const auto c = session.createCode(u"C"_s, u"#222222"_s);
        QVERIFY(b && c);
        auto order = [&] {
            QList<qint64> ids;
            for (const Code &code : *CodeStore(f.library.db()).list())
                ids.append(code.id);
            return ids;
        };
        QVERIFY(session.moveCode(*c, std::nullopt, 0));
        QCOMPARE(order(), (QList<qint64>{*c, f.code, *b}));
        QVERIFY(session.moveCode(f.code, std::nullopt, 2));
        QCOMPARE(order(), (QList<qint64>{*c, *b, f.code}));
        QVERIFY(session.moveCode(*b, *c, 0));
        QCOMPARE(CodeStore(f.library.db()).get(*b)->parentId, c);
        QVERIFY(!session.moveCode(*c, *b, 0)); // under its own child: refused
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(order(), (QList<qint64>{*c, f.code, *b}));
    }

    void shouldApplyLearnedSpellingsToLaterAnalysis()
    {
        Fixture f;
        EditSession session(f.library.db());
        const QString text =
            u"Strikes hit Zlatopil overnight. Later, shelling reached Pervomaiskyi "
            "and Avdeevka again, officials said.\n"_s;
        const QString path =
            f.library.writeFile(u"report.txt"_s, (u"Overnight strikes\n\n"_s + text).toUtf8());
        const ImportReport imported = Importer(f.library.db()).run({path});
        QVERIFY2(imported.count(ImportOutcome::Imported) == 1,
                 qPrintable(imported.files.value(0).reason));
        const qint64 article = f.library.scalar(u"SELECT max(id) FROM articles"_s);
        const QString body = ArticleStore(f.library.db()).get(article)->body;
        auto placesNamed = [&](const QString &spelling) {
            QStringList names;
            for (const Annotation &a : *AnnotationStore(f.library.db()).forArticle(article))
                if (a.kind == AnnotationKind::PlaceMention && a.exact == spelling)
                    names.append(PlaceStore(f.library.db()).get(*a.placeId)->name);
            return names;
        };
        QVERIFY(placesNamed(u"Zlatopil"_s).isEmpty());

        // A new place with an alias, marked once by hand; and a misspelling of a known one.
        Place zlatopil;
        zlatopil.name = u"Zlatopil"_s;
        zlatopil.kind = PlaceKind::City;
        zlatopil.aliases = {u"Pervomaiskyi"_s};
        const qsizetype at = body.indexOf(u"Zlatopil"_s);
        QVERIFY(session.markNewPlace(article, at, at + 8, zlatopil));
        const auto avdiivka = session.placeFromGazetteer(u"Avdiivka"_s, PlaceKind::City);
        QVERIFY2(avdiivka, qPrintable(session.lastError()));
        const qsizetype misspelt = body.indexOf(u"Avdeevka"_s);
        QVERIFY(session.markPlace(article, misspelt, misspelt + 8, *avdiivka));
        QVERIFY(PlaceStore(f.library.db()).get(*avdiivka)->aliases.contains(u"Avdeevka"_s));

        // A second report with the same spellings: the analysis now knows them.
        const QString other =
            u"Overnight, drones struck Zlatopil and Avdeevka, the governor said.\n"_s;
        const QString second =
            f.library.writeFile(u"second.txt"_s, (u"Drones\n\n"_s + other).toUtf8());
        QCOMPARE(Importer(f.library.db()).run({second}).count(ImportOutcome::Imported), 1);
        const qint64 later = f.library.scalar(u"SELECT max(id) FROM articles"_s);
        QStringList found;
        for (const Annotation &a : *AnnotationStore(f.library.db()).forArticle(later))
            if (a.kind == AnnotationKind::PlaceMention)
                found.append(a.exact + u'=' + PlaceStore(f.library.db()).get(*a.placeId)->name);
        QVERIFY2(found.contains(u"Zlatopil=Zlatopil"_s), qPrintable(found.join(u", "_s)));
        QVERIFY2(found.contains(u"Avdeevka=Avdiivka"_s), qPrintable(found.join(u", "_s)));

        // Re-analysis of the first report finds the alias the new place was given.
        QVERIFY(reanalyse(f.library.db(), {article}));
        QCOMPARE(placesNamed(u"Pervomaiskyi"_s), QStringList{u"Zlatopil"_s});
    }

    void shouldKeepEveryDecisionAcrossReanalysis()
    {
        Fixture f;
        EditSession session(f.library.db());
        const qint64 article = f.articles.at(1);
        QVERIFY(session.setStatus(f.place, AnnotationStatus::Rejected));
        QVERIFY(session.setSpeaker(f.quote, std::nullopt));
        const auto coded = session.tagPassage(article, 0, 20, f.code);
        const auto quotation = session.markQuotation(article, 30, 60, std::nullopt);
        QVERIFY(coded && quotation);
        auto kept = [&] {
            QStringList rows;
            for (const Annotation &a : *AnnotationStore(f.library.db()).forArticle(article))
                if (a.origin == AnnotationOrigin::Manual || a.status != AnnotationStatus::Pending)
                    rows.append(u"%1|%2|%3|%4|%5|%6"_s.arg(a.id)
                                    .arg(a.start)
                                    .arg(a.end)
                                    .arg(storedName(a.status), a.exact)
                                    .arg(a.personId ? *a.personId : -1));
            return rows;
        };
        const QStringList decisions = kept();
        QCOMPARE(decisions.size(), 4);
        auto report = reanalyse(f.library.db(), {article});
        QVERIFY(report);
        QCOMPARE(kept(), decisions);
        // The rejected place is not found again beside the kept one.
        const Annotation rejected = *AnnotationStore(f.library.db()).get(f.place);
        int samePlace = 0;
        for (const Annotation &a : *AnnotationStore(f.library.db()).forArticle(article))
            samePlace += a.kind == AnnotationKind::PlaceMention && a.start == rejected.start;
        QCOMPARE(samePlace, 1);
    }
};

QTEST_MAIN(tst_EditSession)
#include "tst_editsession.moc"
