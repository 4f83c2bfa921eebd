namespace Claims.Contracts.Tests.Support;

/// <summary>Contract YAML for tests: a ZTO contract for 2026 in the given currency around the given clauses.</summary>
public static class ContractYaml
{
    public static string Zto(string clauses, string currency = "CNY", string more = "") => $"""
        carrier:
          code: ZTO
          name: 中通快递
        contract:
          number: ZTO-SH-2026-017
          effective: 2026-01-01
          expires: 2026-12-31
          currency: {currency}
        {more}
        clauses:
        {clauses}
        """;

    /// <summary>A set holding one ZTO contract with these clauses.</summary>
    public static ContractSet Set(string clauses, string currency = "CNY", string more = "") =>
        ContractFolder.LoadValid(("zto.yaml", Zto(clauses, currency, more)));

    /// <summary>One clause, in the YAML of a `clauses` list.</summary>
    public static string Clause(string incident, string pay, string? when = null, string? cap = null, string? minimum = null, string id = "7.2") =>
        $"""
          - id: "{id}"
            page: 4
            title: 条款{id}
            incident: {incident}
            pay: "{pay}"
        """
        + (when is null ? "" : $"\n    when: \"{when}\"")
        + (cap is null ? "" : $"\n    cap: {cap}")
        + (minimum is null ? "" : $"\n    minimum: {minimum}");
}
