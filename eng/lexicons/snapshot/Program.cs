using System.Reflection;

// Usage: dotnet LexiconSnapshot.dll <path of CaseIngest.Core.dll> <snapshot to write>
// The engine is loaded from the path given (the assembly just compiled, not a reference of this tool), and its own
// code builds the lexicons from its embedded tables and writes the snapshot, stamped with that assembly's module id.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: LexiconSnapshot <CaseIngest.Core.dll> <snapshot>");
    return 2;
}

var engine = Assembly.LoadFrom(Path.GetFullPath(args[0]));
var snapshot = engine.GetType("CaseIngest.Core.Lexicons.LexiconSnapshot", throwOnError: true)!;
var write = snapshot.GetMethod("Write", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(string)])
    ?? throw new MissingMethodException("LexiconSnapshot.Write(string) not found in " + args[0]);
var target = Path.GetFullPath(args[1]);
var temporary = target + ".tmp";
write.Invoke(null, [temporary]);
File.Move(temporary, target, overwrite: true);
Console.WriteLine($"lexicon snapshot: {target} ({new FileInfo(target).Length:N0} bytes)");
return 0;
