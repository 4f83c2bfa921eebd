using Claims.Contracts.IncidentFiles.Tables;
using Claims.Contracts.Model;
using C = Claims.Contracts.IncidentFiles.IncidentColumns;

namespace Claims.Contracts.IncidentFiles;

/// <summary>One row of an incident file to an <see cref="Incident"/>, or to the reasons it cannot be one.</summary>
internal static class IncidentRowParser
{
    // Waybills and carriers become claim ids, which the database indexes (at most ~2,700 bytes a key): a longer value
    // (the web form's limit too) is a broken row, not a reason to fail the whole import.
    private const int MaxIdLength = 64;

    public static IncidentRow Parse(TableRow row, Header header, Func<string, string?> resolveCarrier)
    {
        var fields = new FieldReader(row, header);
        var waybill = fields.Required(C.Waybill);
        if (waybill is { Length: > MaxIdLength })
        {
            fields.Fail($"waybill {FieldReader.Quote(waybill)} is longer than {MaxIdLength} characters");
        }
        else if (waybill is not null && !ClaimIdParts.IsValid(Waybills.Normalize(waybill)))
        {
            fields.Fail($"waybill {FieldReader.Quote(waybill)} holds ':' or a control character, which a waybill never has");
        }

        var carrierText = fields.Required(C.Carrier);
        var carrier = carrierText is null || carrierText.Length > MaxIdLength ? null : resolveCarrier(carrierText);
        if (carrierText is not null && carrier is null)
        {
            fields.Fail($"unknown carrier {FieldReader.Quote(carrierText)} (no contract names it)");
        }

        var type = IncidentType(fields);
        var direction = Direction(fields, header);
        var shippedOn = fields.Date(C.ShippedOn);
        var incidentOn = fields.Date(C.IncidentOn);
        var goodsValue = fields.NonNegative(C.GoodsValue, "amount");
        var declaredValue = fields.NonNegative(C.DeclaredValue, "amount");
        var freight = fields.NonNegative(C.Freight, "amount");
        var claimed = fields.NonNegative(C.ClaimedAmount, "amount");
        var weight = fields.NonNegative(C.WeightKg, "weight");
        var daysLate = fields.Whole(C.DaysLate, "number of days", int.MaxValue);

        // Order numbers and notes are free text in CONTRACT-FORMAT.md and are kept whole, however long (the report form,
        // typed by a person, has its own limits); a NUL in them is refused like anywhere else (FieldReader.Text).
        var orderId = fields.Text(C.OrderId);
        var note = fields.Text(C.Note);

        if (fields.Error is { } error)
        {
            return new IncidentRow(row.Line, null, waybill, carrier ?? carrierText, error);
        }

        var incident = new Incident(
            waybill!,
            carrier!,
            type!.Value,
            direction ?? Model.Direction.Forward,
            shippedOn!.Value,
            incidentOn ?? shippedOn.Value,
            goodsValue ?? 0m,
            declaredValue ?? 0m,
            freight ?? 0m,
            claimed,
            weight ?? 0m,
            (int)(daysLate ?? 0),
            orderId,
            note,
            Missing(goodsValue, freight, weight, daysLate));
        return new IncidentRow(row.Line, incident, incident.Waybill, carrier, null);
    }

    /// <summary>Empty cells a clause may need: kept as "not given" so no clause computes from a zero nobody typed.</summary>
    internal static MissingFacts Missing(decimal? goodsValue, decimal? freight, decimal? weightKg, long? daysLate) =>
        (goodsValue is null ? MissingFacts.GoodsValue : 0)
        | (freight is null ? MissingFacts.Freight : 0)
        | (weightKg is null ? MissingFacts.WeightKg : 0)
        | (daysLate is null ? MissingFacts.DaysLate : 0);

    private static IncidentType? IncidentType(FieldReader fields)
    {
        if (fields.Required(C.Incident) is not { } text)
        {
            return null;
        }

        var type = IncidentNames.ParseIncidentType(text);
        if (type is null)
        {
            fields.Fail($"unknown incident type {FieldReader.Quote(text)} ({IncidentNames.IncidentTypeHint})");
        }

        return type;
    }

    private static Direction? Direction(FieldReader fields, Header header)
    {
        if (fields.Text(C.Direction) is not { } text)
        {
            return null;
        }

        var direction = IncidentNames.ParseDirection(text);
        if (direction is null)
        {
            fields.Fail($"unknown {header.Label(C.Direction)} {FieldReader.Quote(text)} (use forward / 正向 or return / 逆向)");
        }

        return direction;
    }
}
