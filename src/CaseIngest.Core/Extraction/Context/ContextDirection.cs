namespace CaseIngest.Core.Extraction.Context;

internal enum ContextDirection
{
    Forward,
    Backward,
    Both,
}
