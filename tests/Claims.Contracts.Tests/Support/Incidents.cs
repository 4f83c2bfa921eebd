using Claims.Contracts.Model;

namespace Claims.Contracts.Tests.Support;

public static class Incidents
{
    public static readonly DateOnly Shipped = new(2026, 3, 10);

    public static Incident Of(
        IncidentType type = IncidentType.Lost,
        decimal goodsValue = 0m,
        decimal declaredValue = 0m,
        decimal freight = 0m,
        decimal? claimedAmount = null,
        decimal weightKg = 0m,
        int daysLate = 0,
        string carrier = "ZTO",
        DateOnly? shippedOn = null,
        DateOnly? incidentOn = null) =>
        new("ZT100200300", carrier, type, Direction.Forward, shippedOn ?? Shipped, incidentOn ?? shippedOn ?? Shipped,
            goodsValue, declaredValue, freight, claimedAmount, weightKg, daysLate);
}
