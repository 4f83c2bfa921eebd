namespace Claims.Documents.Excel;

public enum ColumnKind
{
    Text,
    Integer,
    Decimal,
    Money,
    Date,
    DateTime,
    Percent,
    Formula,
}
