/**
 * `acme-sales-automation.crmplan` (the reference plan of language.md), built
 * by hand as the builder will build it from the parsed file.
 */
import type { Plan } from '../../language-server/model/plan.js';
import { d, money, u } from './plan-builders.js';

export const referencePlan: Plan = {
    title: 'Acme Machinery: sales automation',
    currency: 'CNY',
    start: '2027-01',
    horizonMonths: 36,
    discountRatePercent: u(8),
    capacityPersonWeeks: d(24),
    chosenOptionId: 'Fxiaoke.Professional',
    rates: [{ from: 'USD', to: 'CNY', rate: u('7.10') }],
    goals: [
        { id: 'SalesEfficiency', title: 'Raise sales efficiency', weightPercent: d(60) },
        { id: 'CustomerExperience', title: 'Improve customer experience', weightPercent: d(25) },
        { id: 'DataQuality', title: 'Trustworthy customer data', weightPercent: d(15) }
    ],
    departments: [
        { id: 'Sales', title: 'Sales', users: u(40) },
        { id: 'Service', title: 'Customer service', users: u(10) }
    ],
    requirements: [
        {
            id: 'LeadFollowUp', title: 'Automatic lead follow-up reminders', moscow: 'must',
            askedBy: ['Sales'], evidence: ['interview', 'feedback'],
            impacts: [{ goal: 'SalesEfficiency', score: d(9) }, { goal: 'CustomerExperience', score: d(5) }],
            effortPersonWeeks: u(6), needs: []
        },
        {
            id: 'Pipeline', title: 'Automated sales pipeline stages', moscow: 'must',
            askedBy: ['Sales'], evidence: ['interview'],
            impacts: [{ goal: 'SalesEfficiency', score: d(8) }, { goal: 'DataQuality', score: d(4) }],
            effortPersonWeeks: u(8), needs: ['LeadFollowUp']
        },
        {
            id: 'Reports', title: 'Automatic weekly sales reports', moscow: 'should',
            askedBy: ['Sales'], evidence: ['feedback'],
            impacts: [{ goal: 'SalesEfficiency', score: d(5) }, { goal: 'DataQuality', score: d(6) }],
            effortPersonWeeks: u(4), needs: []
        },
        {
            id: 'Segments', title: 'Customer segmentation', moscow: 'could',
            askedBy: ['Service'], evidence: ['research'],
            impacts: [{ goal: 'CustomerExperience', score: d(7) }, { goal: 'DataQuality', score: d(5) }],
            effortPersonWeeks: u(10), needs: []
        }
    ],
    criteria: [
        { id: 'Fit', title: 'Covers our requirements', weightPercent: d(40), measure: 'coverage' },
        { id: 'Cost', title: 'Three-year cost', weightPercent: d(30), measure: 'tco' },
        { id: 'Usability', title: 'Ease of use in the trial', weightPercent: d(20) },
        { id: 'Localisation', title: 'Chinese UI and WeChat integration', weightPercent: d(10) }
    ],
    vendors: [
        {
            id: 'Fxiaoke', title: '纷享销客',
            editions: [{
                id: 'Professional', title: '专业版',
                licences: [{ price: money(119, 'CNY'), perUser: { departments: [] }, period: 'month', billing: 'yearly' }]
            }],
            covers: [
                { requirement: 'LeadFollowUp', sharePercent: u(90) },
                { requirement: 'Pipeline', sharePercent: u(85) },
                { requirement: 'Reports', sharePercent: u(80) },
                { requirement: 'Segments', sharePercent: u(60) }
            ],
            scores: [{ criterion: 'Usability', score: d(8) }, { criterion: 'Localisation', score: d(9) }],
            costs: []
        },
        {
            id: 'Zoho', title: 'Zoho CRM',
            editions: [{
                id: 'Professional', title: 'Professional',
                licences: [{ price: money(23, 'USD'), perUser: { departments: [] }, period: 'month', billing: 'yearly' }]
            }],
            covers: [
                { requirement: 'LeadFollowUp', sharePercent: u(85) },
                { requirement: 'Pipeline', sharePercent: u(80) },
                { requirement: 'Reports', sharePercent: u(85) },
                { requirement: 'Segments', sharePercent: u(70) }
            ],
            scores: [{ criterion: 'Usability', score: d(7) }, { criterion: 'Localisation', score: d(6) }],
            costs: [{ id: 'Connector', title: 'WeChat connector', costClass: 'direct', lines: [{ amount: money(30000), schedule: { kind: 'once' } }] }]
        }
    ],
    costs: [
        { id: 'DataImport', title: 'Import existing customer data', costClass: 'direct', lines: [{ amount: money(15000), schedule: { kind: 'once' } }] },
        { id: 'Customization', title: 'Sales workflow customisation', costClass: 'direct', lines: [{ amount: money(80000), schedule: { kind: 'once', month: 1 } }] },
        {
            id: 'Training', title: 'User training', costClass: 'indirect',
            lines: [{ amount: money(120), hours: u(6), perUser: { departments: [] }, schedule: { kind: 'once', month: 2 } }]
        },
        { id: 'Maintenance', title: 'CRM administration', costClass: 'indirect', lines: [{ amount: money(2500), schedule: { kind: 'recurring', period: 'month', from: 2 } }] }
    ],
    phases: [
        { id: 'Setup', title: 'Configuration and data import', owner: 'Wang Fang (IT)', start: 0, after: [], durationMonths: 2, delivers: [] },
        { id: 'Rollout', title: 'Sales automation rollout', owner: 'Li Wei (Sales)', after: ['Setup'], durationMonths: 2, delivers: ['LeadFollowUp', 'Pipeline', 'Reports'] }
    ],
    benefits: [
        {
            id: 'MoreDeals', title: 'Fewer lost opportunities', kind: 'revenue', from: ['LeadFollowUp', 'Pipeline'],
            lines: [{ amount: money(30000), schedule: { kind: 'recurring', period: 'month' } }], rampMonths: 6
        },
        {
            id: 'SalesTime', title: 'Less manual reporting', kind: 'efficiency', from: ['Reports'],
            lines: [{ amount: money(8000), schedule: { kind: 'recurring', period: 'month' } }], rampMonths: 3
        }
    ],
    kpis: [
        {
            id: 'WinRate', title: 'Opportunity win rate',
            baseline: { value: d(18), unit: '%' }, target: { value: d(24), unit: '%' }, targetBy: 11, tracks: ['MoreDeals']
        }
    ],
    scenarios: [],
    guardrails: []
};
