using System.CommandLine;
using Claims.Lifecycle.Notes;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims note WAYBILL TEXT`: a note on the claim's timeline, with who and when.</summary>
public static class NoteCommand
{
    public static Command Create()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var text = new Argument<string>("TEXT") { Description = "The note (quote it when it has spaces)" };
        var command = new Command("note", "Add a note to a claim (备注)") { waybill, text, direction };
        command.SetAction((parse, ct) => ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
            (c, _, _) => AddNoteHandler.Decide(c, new AddNote(parse.GetRequiredValue(text))), "note added"));
        return command;
    }
}
