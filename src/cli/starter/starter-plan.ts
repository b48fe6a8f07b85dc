/**
 * The plan `crmplan init` writes: small, complete, and commented so that a
 * team can replace each line with its own facts. It checks clean and is laid
 * out as `crmplan fmt` lays it out, so `fmt --check` passes on it.
 */
export const STARTER_PLAN = `// A business case for adding a capability to your CRM, written as code.
// Replace every line with your own facts, then run: crmplan check plan.crmplan
// The language is described in docs/language.md of the crmplan repository.

plan "Our CRM addition" {
    currency CNY  // every figure is reported in this currency
    start 2027-01  // month 0 of the timeline
    horizon 36 months  // how far the business case looks
    discount 8% per year  // for NPV and PV-ROI
    capacity 20 person-weeks  // what the team can build; decides which requirements fit
    choose Vendor  // the option you propose; crmplan also names the best by NPV
}

// Business goals and their weights (they sum to 100%).
goal Efficiency "Less manual work in sales" weight 70%
goal Experience "Faster answers to customers" weight 30%

// Who uses the CRM; users drive per-user licences and training.
department Sales "Sales" { users 20 }

// What people need, how much it serves each goal (0-10), and what it takes.
requirement FollowUp "Automatic follow-up reminders" {
    asked by Sales
    evidence interview
    impact Efficiency 8, Experience 6
    effort 4 person-weeks
    must
}

// How vendors are compared: computed criteria and scored ones.
criterion Fit "Covers our requirements" weight 60% measured by coverage
criterion Cost "Three-year cost" weight 40% measured by tco

// A vendor, its edition and licence, and how well it covers each requirement (from a trial).
vendor Vendor "A CRM vendor" {
    edition Standard {
        licence 100 per user per month billed yearly
    }
    covers FollowUp 80%
}

// Costs that every option carries.
cost Setup "Configuration and data import" {
    direct
    20000 once
}

// What the change earns, once the requirements behind it are live.
benefit TimeSaved "Hours saved on follow-ups" {
    efficiency
    from FollowUp
    6000 per month
    ramp 3 months
}

// Who delivers what, and when.
phase Rollout "Roll out reminders" {
    owner "Sales operations"
    start 2027-01
    duration 2 months
    delivers FollowUp
}

// What to watch after go-live.
kpi ResponseTime "Hours to first reply" {
    baseline 24 hours
    target 8 hours by 2027-06
    tracks TimeSaved
}
`;
