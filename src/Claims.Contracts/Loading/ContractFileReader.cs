using Claims.Contracts.Expressions;
using Claims.Contracts.Model;

namespace Claims.Contracts.Loading;

/// <summary>A contract read from its file, with the places set-level errors point at.</summary>
internal sealed record ParsedContract(Contract Contract, Position NumberAt, Position EffectiveAt);

/// <summary>
/// Reads one contract file into a <see cref="Contract"/>, reporting every problem it finds (not only the first)
/// with line and column. Expressions are compiled here, against the file's constants, so syntax errors, unknown
/// names and type errors are found at load.
/// </summary>
internal static partial class ContractFileReader
{
    public static ParsedContract? Read(string file, string text, string sha256, FileErrors errors)
    {
        var (root, problem) = YamlTreeReader.Read(text);
        if (problem is { } p)
        {
            errors.Add(p.At, p.Message);
            return null;
        }
        if (root is not YamlMapping mapping)
        {
            errors.Add(root!, "a contract file must be a YAML mapping with the keys carrier, contract and clauses");
            return null;
        }
        var top = new Section(mapping, "the file", Keys.Top, errors);

        var carrier = top.Child("carrier", true, Keys.Carrier);
        var code = CarrierCode(carrier);
        var name = carrier?.Text("name", true);

        var terms = top.Child("contract", true, Keys.Contract);
        var numberScalar = terms?.Scalar("number", true);
        var number = terms?.Text("number", true);
        var effectiveScalar = terms?.Scalar("effective", true);
        var effective = terms?.Date("effective", true);
        var expires = terms?.Date("expires", false);
        if (effective is { } from && expires is { } to && to < from)
            errors.Add(terms!.Node("expires", false)!, $"'expires' {to:yyyy-MM-dd} is before 'effective' {from:yyyy-MM-dd}");
        var currency = terms?.Scalar("currency", true) is { } currencyScalar ? Values.Currency(currencyScalar, errors) : null;
        var document = terms?.Text("document", false);

        var constants = Constants(top.Node("constants", false), errors);
        var deposit = Deposit(top.Child("deposit", false, Keys.Deposit));
        var deadlines = Deadlines(top.Child("deadlines", false, Keys.Deadlines));
        var clauses = Clauses(top.Node("clauses", true), constants, errors);
        var serviceLevels = ServiceLevels(top.Node("serviceLevels", false), constants, errors);

        if (errors.Count > 0 || code is null || name is null || number is null || effective is null || currency is null)
            return null;
        var contract = new Contract(code, name, number, effective.Value, expires, currency, document, constants,
            deposit, deadlines, clauses, serviceLevels, file, sha256);
        return new ParsedContract(contract, numberScalar!.Start, effectiveScalar!.Start);
    }

    private static string? CarrierCode(Section? carrier)
    {
        if (carrier?.Scalar("code", true) is not { } scalar)
            return null;
        var code = scalar.Value.Trim();
        if (Values.IsCarrierCode(code))
            return code;
        carrier.Errors.Add(scalar, $"carrier code '{code}' must be 2 to 16 letters, digits or '-'");
        return null;
    }

    private static Dictionary<string, decimal> Constants(YamlNode? node, FileErrors errors)
    {
        var constants = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (node is null)
            return constants;
        if (node is not YamlMapping mapping)
        {
            errors.Add(node, $"'constants' must map names to numbers (such as  sdr: 9.65), but it is {node.Describe()}");
            return constants;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            var name = key.Value;
            if (!seen.Add(name))
                errors.Add(key, $"constant '{name}' is given twice");
            else if (!Values.IsName(name))
                errors.Add(key, $"constant name '{name}' must start with a letter and hold only letters, digits and '_'");
            else if (NameScope.IsReserved(name))
                errors.Add(key, $"'{name}' is already a fact, function or keyword of the expression language; give the constant another name");
            else if (value is not YamlScalar { IsNull: false } scalar)
                errors.Add(value, $"constant '{name}' must be a number");
            else if (Values.Number(scalar, name, Sign.Any, errors) is { } number)
                constants[name] = number;
        }
        return constants;
    }

    private static DepositTerms? Deposit(Section? deposit)
    {
        if (deposit is null)
            return null;
        var amount = deposit.Number("amount", true, Sign.Positive);
        var minimumBalance = deposit.Number("minimumBalance", false, Sign.NotNegative);
        var topUpWithinDays = deposit.WholeNumber("topUpWithinDays", false, 1);
        return amount is { } a ? new DepositTerms(a, minimumBalance, topUpWithinDays) : null;
    }

    private static Deadlines Deadlines(Section? deadlines)
    {
        if (deadlines is null)
            return Model.Deadlines.None;
        var days = deadlines.WholeNumber("fileWithinDays", false, 1);
        var months = deadlines.WholeNumber("fileWithinMonths", false, 1);
        if (days is not null && months is not null)
        {
            var second = deadlines.Mapping.Entries.Last(e => e.Key.Value is "fileWithinDays" or "fileWithinMonths").Key;
            deadlines.Errors.Add(second, "give either fileWithinDays or fileWithinMonths, not both");
        }
        return new Deadlines(
            days,
            months,
            deadlines.WholeNumber("respondWithinDays", false, 1),
            deadlines.Bool("deemedAcceptedOnSilence") ?? false,
            deadlines.WholeNumber("payWithinDays", false, 1),
            deadlines.Bool("deductFromDepositWhenOverdue") ?? false,
            deadlines.Bool("oneClaimPerShipment") ?? false);
    }

    /// <summary>Compiles the expression under <paramref name="key"/>; its errors point into the file.</summary>
    private static string? Expression(Section section, string key, bool required, ValueKind kind, NameScope scope)
    {
        if (section.Scalar(key, required) is not { } scalar)
            return null;
        var (expression, problems) = CompiledExpression.Compile(scalar.Value, scope, kind, key);
        foreach (var problem in problems)
            section.Errors.AddInExpression(scalar, problem.Start, $"{problem.Message} (in {section.What} {key})");
        return expression is null ? null : scalar.Value.Trim();
    }
}
