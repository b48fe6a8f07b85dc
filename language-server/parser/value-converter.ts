import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * Keeps decimals as exact text (money must not pass through floats) and
 * drops `_` digit separators: `80_000` becomes `"80000"`, `-5` stays `"-5"`.
 */
export class CrmPlanValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'Decimal') {
            return input.replace(/[_\s]/g, '');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
