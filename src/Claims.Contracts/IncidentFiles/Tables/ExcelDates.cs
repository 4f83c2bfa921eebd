namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>Excel's serial day numbers, in both of its date systems.</summary>
internal static class ExcelDates
{
    private const int LastSerial = 2_958_465; // 9999-12-31

    /// <summary>The date of a serial number (its time of day dropped), or null when it names no real day.</summary>
    public static DateOnly? FromSerial(decimal serial, bool date1904)
    {
        if (serial < 1 || serial > LastSerial)
        {
            return null;
        }

        var day = (int)decimal.Floor(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(day);
        }

        // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug): serial 60 is no date, and the serials
        // after it are one day ahead of a plain count from 1899-12-31.
        return day switch
        {
            < 60 => new DateOnly(1899, 12, 31).AddDays(day),
            60 => null,
            _ => new DateOnly(1899, 12, 30).AddDays(day),
        };
    }
}
