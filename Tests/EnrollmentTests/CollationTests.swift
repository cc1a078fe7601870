import Enrollment
import Testing

/// `learner list` in the order a Kazakh or Russian reader expects (issue 14, case 9): without
/// it, names sort by code points, Kazakh letters after every Russian one and Ё first of all.
@Suite struct CollationTests {
    func sorted(_ names: [String]) -> [String] {
        Collation.sorted(names) { [$0] }
    }

    @Test func kazakhLettersSitInTheKazakhAlphabet() {
        #expect(sorted(["Бекова", "Әлиев", "Абаев"]) == ["Абаев", "Әлиев", "Бекова"])
        #expect(sorted(["Үсенов", "Ұлықбек", "Фазылов", "Уәлиев", "Умаров"]) == ["Уәлиев", "Умаров", "Ұлықбек", "Үсенов", "Фазылов"])
        #expect(sorted(["Ғабит", "Дәулет", "Гүлнар"]) == ["Гүлнар", "Ғабит", "Дәулет"])
        #expect(sorted(["Нұрлан", "Ңы", "Оспан", "Өтеген", "Пак"]) == ["Нұрлан", "Ңы", "Оспан", "Өтеген", "Пак"])
        #expect(sorted(["Эльмира", "Ілияс", "Ысқақ", "Қасым", "Кәрім", "Лаура"]) == ["Кәрім", "Қасым", "Лаура", "Ысқақ", "Ілияс", "Эльмира"])
        #expect(sorted(["Цой", "Һидаят", "Хасен"]) == ["Хасен", "Һидаят", "Цой"])
    }

    @Test func yoSortsWithYeAsRussianExpects() {
        // By code points Ё (U+0401) would come before А.
        #expect(sorted(["Ершов", "Ёлкин", "Егоров", "Абаев"]) == ["Абаев", "Егоров", "Ёлкин", "Ершов"])
        // Only a tie puts Ё after Е.
        #expect(sorted(["Ёлкин", "Елкин"]) == ["Елкин", "Ёлкин"])
        #expect(sorted(["Алёшин", "Алексеев"]) == ["Алексеев", "Алёшин"])
    }

    @Test func caseAccentsPunctuationLatinAndDigits() {
        #expect(sorted(["бекова", "Абаев", "ӘЛИЕВ"]) == ["Абаев", "ӘЛИЕВ", "бекова"])
        #expect(sorted(["Smith", "Ахметов", "Émile", "Zhou", "Ким"]) == ["Ахметов", "Ким", "Émile", "Smith", "Zhou"])
        #expect(sorted(["Абай-Ұлы", "Абайұлов", "Абай"]) == ["Абай", "Абай-Ұлы", "Абайұлов"])
        #expect(sorted(["2 топ", "10 топ", "Б"]) == ["10 топ", "2 топ", "Б"])
        #expect(Collation.precedes("Ким Анна", "Кима"))
    }

    @Test func fieldsAreComparedInTurn() {
        let people = [("Ким", "Ә"), ("Ким", "Б"), ("Ким", "А"), ("Әли", "Я")]
        #expect(Collation.sorted(people) { [$0.0, $0.1] }.map { "\($0.0) \($0.1)" } == ["Әли Я", "Ким А", "Ким Ә", "Ким Б"])
    }
}
