/// Collects findings for one product, applying the policy's rule switches and severities.
public struct FindingCollector {
    let policy: CheckPolicy
    let location: FindingLocation
    public private(set) var all: [Finding] = []

    init(policy: CheckPolicy, location: FindingLocation) {
        self.policy = policy
        self.location = location
    }

    /// Adds a finding of `rule` unless the policy turned the rule off, at the policy's severity for it.
    public mutating func add(_ rule: some CheckRule, _ message: String, ingredient: String? = nil) {
        let setting = policy.setting(rule.id)
        guard setting.enabled else { return }
        all.append(
            Finding(
                rule: rule.id, severity: setting.severity, message: message, location: location, ingredient: ingredient)
        )
    }
}
