namespace Claims.Lifecycle.Notes;

public sealed record AddNote(string Text);

public static class AddNoteHandler
{
    public const int MaxLength = 4000;

    public static Decision Decide(ClaimState claim, AddNote command)
    {
        if (ClaimRules.MustExist(claim) is { } missing)
            return Decision.Refuse(missing.Code, missing.Message);
        if (string.IsNullOrWhiteSpace(command.Text))
            return Decision.Refuse("note.empty", "The note is empty.");
        if (command.Text.Contains('\0'))
            return Decision.Refuse("text.nul", "The note holds a NUL character (\\0), which no field may hold. Type it again.");
        return command.Text.Length > MaxLength
            ? Decision.Refuse("note.too-long", $"A note holds at most {MaxLength} characters.")
            : Decision.Of(new NoteAdded(command.Text.Trim()));
    }
}
