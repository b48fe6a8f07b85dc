import type { AstNode, LangiumDocuments, Reference, ValidationAcceptor, ValidationChecks } from 'langium';
import { WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type {
    AmountLine, Benefit, Cost, CrmPlanAstType, Document, Edition, Kpi, Phase, Requirement, Vendor
} from '../generated/ast.js';
import { isAfter, isCovers, isImpacts, isNeeds, isScores } from '../generated/ast.js';
import { args, declaration, type Named, nameOf } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { loopingComponents, loopsThrough, showLoop } from './graph.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/** Statements that hold one value: given twice, one of them is silently lost. */
const SINGLE: Record<string, { statement: string; property: string }> = {
    Effort: { statement: 'effort', property: 'effort' },
    Priority: { statement: 'must/should/could/wont', property: 'moscow' },
    Owner: { statement: 'owner', property: 'owner' },
    StartMonth: { statement: 'start', property: 'month' },
    Duration: { statement: 'duration', property: 'months' },
    CostClass: { statement: 'direct/indirect', property: 'costClass' },
    BenefitKind: { statement: 'revenue/savings/efficiency/satisfaction', property: 'kind' },
    Ramp: { statement: 'ramp', property: 'months' },
    Baseline: { statement: 'baseline', property: 'measure' },
    Target: { statement: 'target', property: 'measure' }
};

/**
 * The shape of declarations: `after` and `needs` without loops, statements
 * that hold one value given once, one impact per goal, one coverage per
 * requirement, one score per criterion, and staff time with both hours and a rate.
 */
export class StructureChecks extends CheckGroup {

    protected readonly documents: LangiumDocuments;
    /** The looping components of the `after` and `needs` graphs over the whole workspace, by graph. */
    protected readonly loops: WorkspaceCache<'phases' | 'requirements', LoopingGraph<Named>>;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.loops = new WorkspaceCache(services.shared);
    }

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Requirement: this.checkRequirement.bind(this),
            Phase: this.checkRepeated.bind(this),
            Cost: this.checkRepeated.bind(this),
            Benefit: this.checkRepeated.bind(this),
            Kpi: this.checkRepeated.bind(this),
            Vendor: this.checkVendor.bind(this),
            Edition: this.checkEdition.bind(this),
            AmountLine: this.checkStaffTime.bind(this),
            Document: [this.checkPhaseLoops.bind(this), this.checkNeedsLoops.bind(this)]
        };
    }

    checkRequirement(requirement: Requirement, accept: ValidationAcceptor): void {
        this.checkRepeated(requirement, accept);
        const items = (requirement.statements ?? []).filter(isImpacts).flatMap(statement => statement.impacts ?? []);
        this.checkKeys(requirement, items.map(item => ({ node: item, reference: item.goal, property: 'goal', keyword: 'impact' })), accept);
    }

    checkVendor(vendor: Vendor, accept: ValidationAcceptor): void {
        const members = vendor.members ?? [];
        const covers = members.filter(isCovers).flatMap(statement => statement.items ?? []);
        this.checkKeys(vendor, covers.map(item => ({ node: item, reference: item.requirement, property: 'requirement', keyword: 'covers' })), accept);
        const scores = members.filter(isScores).flatMap(statement => statement.items ?? []);
        this.checkKeys(vendor, scores.map(item => ({ node: item, reference: item.criterion, property: 'criterion', keyword: 'score' })), accept);
    }

    /** An edition's own covers: each requirement once. */
    checkEdition(edition: Edition, accept: ValidationAcceptor): void {
        const covers = (edition.covers ?? []).flatMap(statement => statement.items ?? []);
        this.checkKeys(edition, covers.map(item => ({ node: item, reference: item.requirement, property: 'requirement', keyword: 'covers' })), accept);
    }

    checkRepeated(declared: Requirement | Phase | Cost | Benefit | Kpi, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        const where = args(declaration(declared), 'where');
        for (const statement of (declared.statements ?? []) as AstNode[]) {
            const single = statement ? SINGLE[statement.$type] : undefined;
            if (!single) {
                continue;
            }
            if (seen.has(statement.$type)) {
                report(accept, this.locale.current, Diagnostics.repeatedStatement, statement, { statement: single.statement, ...where }, single.property);
            }
            seen.add(statement.$type);
        }
    }

    checkStaffTime(line: AmountLine, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        if (line.hours && line.amount?.currency) {
            report(accept, locale, Diagnostics.staffTime, line.amount, { problem: 'currency', value: line.amount.value ?? '<n>', currency: line.amount.currency }, 'currency');
        }
        if (line.hours && !line.hourlyRate) {
            report(accept, locale, Diagnostics.staffTime, line, { problem: 'rate', value: line.amount?.value ?? '<n>' }, 'hours');
        } else if (!line.hours && line.hourlyRate) {
            report(accept, locale, Diagnostics.staffTime, line, { problem: 'hours', value: line.amount?.value ?? '<n>' }, 'hourlyRate');
        }
    }

    /** Phases whose `after` order loops; reported on each looping phase of this file. */
    checkPhaseLoops(root: Document, accept: ValidationAcceptor): void {
        this.checkLoops('phases', document => document.phases ?? [], (phase: Phase) =>
            (phase.statements ?? []).filter(isAfter).map(statement => ({ statement, references: statement.phases ?? [] })),
        Diagnostics.phaseCycle, this.contexts.of(root).isLocal, accept);
    }

    /** Requirements whose `needs` loop; reported on each looping requirement of this file. */
    checkNeedsLoops(root: Document, accept: ValidationAcceptor): void {
        this.checkLoops('requirements', document => document.requirements ?? [], (requirement: Requirement) =>
            (requirement.statements ?? []).filter(isNeeds).map(statement => ({ statement, references: statement.requirements ?? [] })),
        Diagnostics.needsCycle, this.contexts.of(root).isLocal, accept);
    }

    /**
     * Reports the loops through this file's declarations. The graph is taken
     * over the whole workspace once per workspace state: a reference resolves
     * within its own file's import closure, so every loop through a node of
     * this file lies within this file's closure, and checking each file of an
     * import chain against its own closure would repeat the work per file.
     */
    protected checkLoops<N extends Named>(
        property: 'phases' | 'requirements',
        declared: (document: Document) => readonly N[],
        links: (node: N) => { statement: AstNode; references: readonly Reference[] }[],
        kind: typeof Diagnostics.phaseCycle | typeof Diagnostics.needsCycle,
        isLocal: (node: AstNode) => boolean,
        accept: ValidationAcceptor
    ): void {
        // One cache for both graphs: each key holds a graph of its own node type.
        const graph = this.loops.get(property, () => this.loopingGraph(declared, links) as unknown as LoopingGraph<Named>) as unknown as LoopingGraph<N>;
        for (const component of graph.components) {
            if (!component.some(isLocal)) {
                continue;
            }
            for (const [node, loop] of loopsThrough(component, graph.next)) {
                if (!isLocal(node)) {
                    continue;
                }
                // Point at the reference that takes the first step of the loop.
                for (const { statement, references } of links(node)) {
                    const index = references.findIndex(reference => reference?.ref === loop.next);
                    if (index >= 0) {
                        report(accept, this.locale.current, kind, statement, { cycle: showLoop(loop, nameOf) }, property, index);
                        break;
                    }
                }
            }
        }
    }

    protected loopingGraph<N extends Named>(
        declared: (document: Document) => readonly N[],
        links: (node: N) => { statement: AstNode; references: readonly Reference[] }[]
    ): LoopingGraph<N> {
        const nodes = this.documents.all.toArray().flatMap(document => declared(document.parseResult.value as Document));
        const members = new Set<AstNode>(nodes);
        const successors = new Map<N, N[]>();
        const next = (node: N): N[] => {
            let list = successors.get(node);
            if (!list) {
                list = links(node).flatMap(link => link.references.map(reference => reference?.ref as N | undefined))
                    .filter((target): target is N => target !== undefined && members.has(target));
                successors.set(node, list);
            }
            return list;
        };
        return { components: loopingComponents(nodes, next), next };
    }

    /** One item per key: a second `impact` on the same goal, `covers` of the same requirement, `score` on the same criterion. */
    protected checkKeys(declared: Named, items: { node: AstNode; reference: Reference | undefined; property: string; keyword: string }[], accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        const where = args(declaration(declared), 'where');
        for (const item of items) {
            const key = item.reference?.$refText;
            if (!key) {
                continue;
            }
            if (seen.has(key)) {
                report(accept, this.locale.current, Diagnostics.repeatedStatement, item.node, { statement: `${item.keyword} ${key}`, ...where }, item.property);
            }
            seen.add(key);
        }
    }
}

/** The components of a graph that contain a loop, and the graph's edges. */
interface LoopingGraph<N> {
    readonly components: readonly N[][];
    readonly next: (node: N) => readonly N[];
}
