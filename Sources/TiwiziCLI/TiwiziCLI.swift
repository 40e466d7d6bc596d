import TiwiziCommands

#if canImport(Glibc)
    import Glibc
#endif

/// The `tiwizi` executable: runs the command tree, whose serving commands are async.
@main
enum TiwiziCLI {
    static func main() async {
        reserveClosedStandardDescriptors()
        await Tiwizi.main()
    }

    /// A standard descriptor the caller closed (`>&-`) would be taken by the next file the
    /// process opens, and output meant for the terminal would go there. Each closed one is
    /// reserved with /dev/null opened read-only, so that writing to it still fails as to a
    /// closed descriptor (EBADF), and the command says the output was closed.
    static func reserveClosedStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }
}
