import Glibc

/// How the Swift runtime is linked into this process. The benchmark builds the binary under test the way it
/// was itself built: switching `--static-swift-stdlib` on and off in one build folder recompiles every module
/// (minutes), and the two differ by ~7 ms of start-up, which the `diff` target counts.
enum RuntimeLinking: String {
    case `static`
    case shared

    /// A shared runtime is a loaded `libswiftCore.so`; `RTLD_NOLOAD` asks without loading it.
    static let current: RuntimeLinking =
        dlopen("libswiftCore.so", RTLD_NOW | RTLD_NOLOAD) == nil ? .static : .shared

    /// The `swift build` flags that reproduce this linking.
    var buildFlags: [String] { self == .static ? ["--static-swift-stdlib"] : [] }
}
