using System.Text;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// RFC 4180 CSV, read a record at a time: quoted fields may hold commas, doubled quotes and line breaks, and each
/// record knows the physical line it starts on. Lenient where Excel is (a stray quote inside an unquoted field is
/// text), strict where guessing would lose data (a quote that never closes is an error, not the rest of the file).
/// </summary>
internal static class CsvTableReader
{
    // A real cell is at most a few KB; this only stops an unclosed quote from swallowing a big file into memory.
    internal const int MaxFieldLength = 1_000_000;

    // Excel's own column limit.
    internal const int MaxColumns = 16_384;

    public static IEnumerable<TableRow> Read(TextReader reader, string fileName)
    {
        var parser = new Parser(reader, fileName);
        while (parser.Next() is { } row)
        {
            if (!row.IsBlank)
            {
                yield return row;
            }
        }
    }

    private sealed class Parser(TextReader reader, string fileName)
    {
        private readonly char[] buffer = new char[32 * 1024];
        private readonly StringBuilder field = new();
        private int length;
        private int position;
        private int line = 1;

        public TableRow? Next()
        {
            if (Peek() == -1)
            {
                return null;
            }

            var start = line;
            var cells = new List<TableCell>();
            while (ReadField(cells))
            {
                if (cells.Count >= MaxColumns)
                {
                    throw new IncidentFileException(fileName, start, $"more than {MaxColumns:N0} columns in one row");
                }
            }

            return new TableRow(start, cells);
        }

        /// <summary>Reads one field; true when a comma follows (more fields in this record).</summary>
        private bool ReadField(List<TableCell> cells)
        {
            field.Clear();
            var c = Read();
            if (c == '"')
            {
                ReadQuoted();
                c = Read();
            }

            // Unquoted text, or whatever follows a closing quote (`"abc"def` keeps `def`, as Excel does).
            while (c is not (',' or '\r' or '\n' or -1))
            {
                Append(c);
                c = Read();
            }

            cells.Add(new TableCell(field.ToString()));
            if (c == ',')
            {
                return true;
            }

            if (c != -1)
            {
                EndOfLine(c);
            }

            return false;
        }

        private void ReadQuoted()
        {
            var opened = line;
            while (true)
            {
                var c = Read();
                switch (c)
                {
                    case -1:
                        throw new IncidentFileException(fileName, opened,
                            "a quoted field starts here and is never closed (a missing \")");
                    case '"' when Peek() == '"':
                        Read();
                        Append('"');
                        break;
                    case '"':
                        return;
                    case '\r' or '\n':
                        Append(c);
                        if (c == '\r' && Peek() == '\n')
                        {
                            Append(Read());
                        }

                        line++;
                        break;
                    default:
                        Append(c);
                        break;
                }
            }
        }

        private void EndOfLine(int c)
        {
            if (c == '\r' && Peek() == '\n')
            {
                Read();
            }

            line++;
        }

        private void Append(int c)
        {
            field.Append((char)c);
            if (field.Length > MaxFieldLength)
            {
                throw new IncidentFileException(fileName, line,
                    $"a field longer than {MaxFieldLength:N0} characters (is a quote left open?)");
            }
        }

        private int Read() => Fill() ? buffer[position++] : -1;

        private int Peek() => Fill() ? buffer[position] : -1;

        private bool Fill()
        {
            if (position < length)
            {
                return true;
            }

            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            return length > 0;
        }
    }
}
