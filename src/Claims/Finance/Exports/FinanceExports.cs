using Claims.Documents.Csv;
using Claims.Documents.Excel;
using Claims.Register;
using Npgsql;

namespace Claims.Finance.Exports;

/// <summary>
/// Finance's exports of the claims register: the workbook (Claims, By carrier, Deposits, Reconciliation, Penalties, Team) and the
/// claims as CSV. Rows stream from PostgreSQL into the file; the register is never held in memory.
/// </summary>
public sealed class FinanceExports(NpgsqlDataSource db, Managers.Team.TeamFigures team, TimeProvider time)
{
    public async Task WriteExcelAsync(Stream output, ExportFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(filter);
        var today = time.Today();
        // Each sheet's rows are queried only when the writer reaches that sheet, one reader open at a time.
        var workbook = new WorkbookModel(
        [
            ClaimsSheet.Create(RegisterQuery.ClaimsAsync(db, filter, ct), forPeople: true),
            CarrierTotalsSheet.Create(CarrierTotalsSheet.KeysAsync(db, filter, ct)),
            DepositsSheet.Create(DepositsSheet.EntriesAsync(db, filter, ct)),
            ReconciliationSheet.Create(ReconciliationSheet.LinesAsync(db, filter, today, ct)),
            PenaltiesSheet.Create(PenaltiesSheet.LinesAsync(db, filter, today, ct)),
            TeamSheet.Create(TeamSheet.LinesAsync(team, filter, today, ct)),
        ])
        {
            Title = "Claims register 索赔台账",
            Author = "Claims",
            Created = time.GetUtcNow(),
        };
        await XlsxWriter.WriteAsync(workbook, output, cancellationToken: ct);
    }

    public async Task WriteCsvAsync(Stream output, ExportFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(filter);
        await CsvExport.WriteAsync(ClaimsSheet.Create(RegisterQuery.ClaimsAsync(db, filter, ct)), output, ct);
    }
}
