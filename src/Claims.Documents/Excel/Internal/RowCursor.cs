namespace Claims.Documents.Excel.Internal;

/// <summary>Walks a sheet's rows once; rows read ahead for sizing are replayed before the rest.</summary>
internal sealed class RowCursor<TRow>(IAsyncEnumerator<TRow> rows, IReadOnlyList<Column<TRow>> columns) : IRowCursor
{
    private readonly Queue<TRow> _ahead = new();
    private TRow? _current;

    public async ValueTask<IReadOnlyList<CellValue[]>> SampleAsync(int count)
    {
        var sample = new List<CellValue[]>(count);
        while (_ahead.Count < count && await rows.MoveNextAsync())
        {
            var row = rows.Current;
            _ahead.Enqueue(row);
            var cells = new CellValue[columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = columns[i].ValueOf(row, null);
            }

            sample.Add(cells);
        }

        return sample;
    }

    public async ValueTask<bool> MoveNextAsync()
    {
        if (_ahead.TryDequeue(out var buffered))
        {
            _current = buffered;
            return true;
        }

        if (!await rows.MoveNextAsync())
        {
            return false;
        }

        _current = rows.Current;
        return true;
    }

    public void Evaluate(Span<CellValue> cells, FormulaRow? formulaRow)
    {
        var row = _current!;
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = columns[i].ValueOf(row, formulaRow);
        }
    }

    public ValueTask DisposeAsync() => rows.DisposeAsync();
}
