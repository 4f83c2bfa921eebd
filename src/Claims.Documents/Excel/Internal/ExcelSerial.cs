namespace Claims.Documents.Excel.Internal;

/// <summary>Excel's date serial numbers (1900 date system), computed in decimal so no binary rounding creeps in.</summary>
internal static class ExcelSerial
{
    // Day 0 of the 1900 system as Excel counts it after its 1900-02-29 bug: serials from 1900-03-01 on match this epoch.
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static decimal Of(DateTime when)
    {
        var ticks = when.Ticks - Epoch.Ticks;
        var days = ticks / TimeSpan.TicksPerDay;
        var rest = ticks % TimeSpan.TicksPerDay;
        return rest == 0 ? days : days + Math.Round((decimal)rest / TimeSpan.TicksPerDay, 10);
    }
}
