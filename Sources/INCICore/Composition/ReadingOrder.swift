/// The orders a segmented name may be read in. Transliterations keep INCI order (소듐 · 라우레스 · 설페이트);
/// Sino-Korean, Japanese and Chinese names of salts and esters print the acid first and the cation or
/// alcohol after it, which INCI puts first:
///
/// - ヒアルロン酸Na, 透明质酸钠, 히알루론산나트륨 → Sodium Hyaluronate (cation first, acid as its salt last);
/// - ステアリン酸グリセリル → Glyceryl Stearate; オクテニルコハク酸デンプンAl → Aluminum Starch Octenylsuccinate;
/// - ジエチルアミノヒドロキシベンゾイル安息香酸ヘキシル → Diethylamino Hydroxybenzoyl Hexyl Benzoate;
/// - EDTA-2Na → Disodium EDTA (a cation goes first even with no acid before it).
///
/// Each group of the name (see `PrintedName`) is ordered on its own. Only registered names are accepted
/// afterwards, so an order that reads as nothing costs nothing.
enum ReadingOrder {
    typealias Piece = Segmenter.Piece
    typealias Step = (piece: Piece, movedLast: Bool)

    /// At most this many orders per segmentation (the orders of the groups multiply).
    static let maximumOrders = 32

    static func orders(_ pieces: [Piece]) -> [[Step]] {
        var groups: [[Piece]] = []
        for piece in pieces {
            if let last = groups.last?.last, last.group == piece.group {
                groups[groups.count - 1].append(piece)
            } else {
                groups.append([piece])
            }
        }
        var combined: [[Step]] = [[]]
        for group in groups {
            var next: [[Step]] = []
            for prefix in combined {
                for order in orders(ofGroup: group) where next.count < maximumOrders { next.append(prefix + order) }
            }
            combined = next
        }
        return combined + cationsFromAnotherGroup(groups)
    }

    /// A salt whose cations are printed in a group of their own or after a bracketed carbon chain: INCI
    /// names every cation first and the acid as its salt, in the printed order of the rest
    /// (ケイ酸(Al/Mg) → Magnesium Aluminum Silicate, オレフィン(C14-16)スルホン酸Na → Sodium C14-16 Olefin
    /// Sulfonate). Two cations in either order; the registered name decides.
    static func cationsFromAnotherGroup(_ groups: [[Piece]]) -> [[Step]] {
        guard groups.count > 1 else { return [] }
        let pieces = groups.joined()
        let cations = pieces.filter { $0.morpheme?.kind == .cation }
        guard !cations.isEmpty, cations.count <= 2, pieces.contains(where: { $0.morpheme?.kind == .anion }),
            groups.contains(where: { group in group.contains { $0.morpheme?.kind == .cation } })
        else { return [] }
        let rest: [Step] = pieces.filter { $0.morpheme?.kind != .cation }.map { ($0, $0.morpheme?.kind == .anion) }
        let orders = [cations, cations.reversed()].map { $0.map { ($0, false) } + rest }
        return cations.count == 2 ? orders : [orders[0]]
    }

    /// As printed; and, when the group has an anion followed by other pieces, or a cation not first, the
    /// INCI orders: cations, then the pieces after the anion, then those before it (or the other way
    /// round), then the anion in its salt form, and a last word after it.
    static func orders(ofGroup pieces: [Piece]) -> [[Step]] {
        var orders: [[Step]] = [pieces.map { ($0, false) }]
        func add(_ order: [Step]) {
            if !orders.contains(where: {
                $0.map(\.piece.printed) == order.map(\.piece.printed) && $0.map(\.movedLast) == order.map(\.movedLast)
            }) {
                orders.append(order)
            }
        }
        func isCation(_ piece: Piece) -> Bool { piece.morpheme?.kind == .cation }
        if let anion = pieces.lastIndex(where: { $0.morpheme?.kind == .anion }), anion < pieces.count - 1 {
            let before = Array(pieces[..<anion])
            let after = Array(pieces[(anion + 1)...])
            let cations = (after + before).filter(isCation)
            let afterRest = after.filter { !isCation($0) }
            let beforeRest = before.filter { !isCation($0) }
            let salt: Step = (pieces[anion], true)
            add(cations.map { ($0, false) } + afterRest.map { ($0, false) } + beforeRest.map { ($0, false) } + [salt])
            add(cations.map { ($0, false) } + beforeRest.map { ($0, false) } + afterRest.map { ($0, false) } + [salt])
            // A salt of two cations: labels print them in either order, INCI in its own (硅酸铝镁 → Magnesium
            // Aluminum Silicate); the registered name decides.
            if cations.count == 2 {
                add(
                    cations.reversed().map { ($0, false) } + afterRest.map { ($0, false) }
                        + beforeRest.map { ($0, false) } + [salt])
            }
            // A modifier printed before the acid stays first (加水分解ヒアルロン酸Na → Hydrolyzed Sodium Hyaluronate).
            if !beforeRest.isEmpty, !cations.isEmpty {
                add(
                    beforeRest.map { ($0, false) } + cations.map { ($0, false) } + afterRest.map { ($0, false) } + [
                        salt
                    ])
            }
            // An ester of two acids names the second after the first (クエン酸ステアリン酸グリセリル → Glyceryl
            // Stearate Citrate): the acid printed first is read as its salt, last.
            if before.contains(where: { $0.morpheme?.kind == .anion }) {
                add(
                    cations.map { ($0, false) } + afterRest.map { ($0, false) } + [salt]
                        + before.filter { !isCation($0) }.map { ($0, $0.morpheme?.kind == .anion) })
            }
            // The salt named whole before the words printed after it (透明质酸钠交联聚合物 → Sodium Hyaluronate
            // Crosspolymer).
            if !afterRest.isEmpty {
                add(
                    cations.map { ($0, false) } + beforeRest.map { ($0, false) } + [salt]
                        + afterRest.map { ($0, false) })
            }
            // A polymer word closes the name after the ester it is made of (メタクリル酸メチルクロスポリマー →
            // Methyl Methacrylate Crosspolymer).
            if afterRest.count >= 2 {
                add(
                    cations.map { ($0, false) } + afterRest.dropLast().map { ($0, false) }
                        + beforeRest.map { ($0, false) } + [salt, (afterRest.last!, false)])
            }
        } else if let first = pieces.firstIndex(where: isCation), first > 0 {
            add(pieces.filter(isCation).map { ($0, false) } + pieces.filter { !isCation($0) }.map { ($0, false) })
        }
        return orders
    }
}
