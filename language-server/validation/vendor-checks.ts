import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Coverage, CrmPlanAstType, Criterion, Document, Requirement, Score, Vendor } from '../generated/ast.js';
import { isCovers, isEdition, isPriority, isScores } from '../generated/ast.js';
import { decimal } from './decimals.js';
import { nameOf } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report, reportInFile } from './diagnose.js';
import { moscowOf } from './priority-checks.js';
import { CheckGroup } from './check-group.js';

/** The coverage items of a vendor and its editions that cover something (a share above 0%, or one still being typed). */
function coverage(vendor: Vendor): Coverage[] {
    const members = vendor.members ?? [];
    const statements = [...members.filter(isCovers), ...members.filter(isEdition).flatMap(edition => edition.covers ?? [])];
    return statements.flatMap(statement => statement.items ?? [])
        .filter(item => {
            const share = decimal(item?.share?.value);
            return item && (share === undefined || share.greaterThan(0));
        });
}

/**
 * Vendor selection: scores only for scored criteria; and, in a plan, every
 * vendor covering something, every must-have covered by some vendor, and
 * every vendor scored on every scored criterion.
 */
export class VendorChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Score: this.checkComputedScore.bind(this),
            Document: this.checkSelection.bind(this)
        };
    }

    checkComputedScore(score: Score, accept: ValidationAcceptor): void {
        const criterion = score.criterion?.ref;
        if (criterion?.measure) {
            report(accept, this.locale.current, Diagnostics.computedScore, score, {
                criterion: nameOf(criterion), measure: criterion.measure
            }, 'criterion');
        }
    }

    checkSelection(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        if (!context.ownPlan) {
            return;
        }
        const locale = this.locale.current;
        const { vendors, requirements, criteria } = context.declarations;
        const covered = new Set<Requirement>();
        for (const vendor of vendors) {
            const items = coverage(vendor);
            items.forEach(item => item.requirement?.ref && covered.add(item.requirement.ref));
            if (items.length === 0 && requirements.length > 0) {
                reportInFile(accept, locale, Diagnostics.coversNothing, context, vendor, { vendor: nameOf(vendor) }, 'name');
            }
        }
        if (vendors.length > 0) {
            for (const requirement of requirements) {
                if (moscowOf(requirement) === 'must' && !covered.has(requirement)) {
                    const priority = requirement.statements?.find(isPriority);
                    if (priority) {
                        reportInFile(accept, locale, Diagnostics.mustUncovered, context, priority, { requirement: nameOf(requirement) }, 'moscow');
                    }
                }
            }
        }
        const scored = criteria.filter(criterion => !criterion.measure);
        if (scored.length === 0) {
            return;
        }
        for (const vendor of vendors) {
            const given = new Set<Criterion | undefined>((vendor.members ?? []).filter(isScores)
                .flatMap(statement => (statement.items ?? []).map(item => item?.criterion?.ref)));
            for (const criterion of scored) {
                if (!given.has(criterion)) {
                    reportInFile(accept, locale, Diagnostics.missingScore, context, vendor, {
                        vendor: nameOf(vendor), criterion: nameOf(criterion)
                    }, 'name');
                }
            }
        }
    }
}
