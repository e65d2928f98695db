extension Double {
    /// Rounded to `places` decimals, so scores, shares and confidences print and compare stably.
    public func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}
