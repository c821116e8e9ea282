from charlstm.cli import main

main(prog_name="charlstm")
